-- The intake service's schema: created by Flyway, owned by this service alone. Other services learn its facts
-- only from the events it publishes.
COMMENT ON SCHEMA intake IS 'Owned by the intake service; read and written by no other service.';
