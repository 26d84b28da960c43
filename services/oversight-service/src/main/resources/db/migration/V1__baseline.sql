-- The oversight service's schema: created by Flyway, owned by this service alone. Other services learn its facts
-- only from the events it publishes.
COMMENT ON SCHEMA oversight IS 'Owned by the oversight service; read and written by no other service.';
