-- A row is now only a stored answer: a request in flight holds a transaction-scoped advisory lock on its key
-- instead of an IN_FLIGHT row, so claiming a key no longer takes a transaction of its own.
DELETE FROM idempotency_key WHERE state <> 'COMPLETED';
ALTER TABLE idempotency_key DROP COLUMN state, DROP COLUMN locked_until, DROP COLUMN completed_at;
ALTER TABLE idempotency_key ALTER COLUMN response_status SET NOT NULL;
