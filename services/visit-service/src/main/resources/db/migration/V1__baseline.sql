-- The visit service's schema: created by Flyway, owned by this service alone. Other services learn its facts
-- only from the events it publishes.
COMMENT ON SCHEMA visit IS 'Owned by the visit service; read and written by no other service.';
