-- The resolution service's schema: created by Flyway, owned by this service alone. Other services learn its facts
-- only from the events it publishes.
COMMENT ON SCHEMA resolution IS 'Owned by the resolution service; read and written by no other service.';
