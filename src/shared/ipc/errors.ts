/** Moved to src/shared/domain/errors.ts (errors are domain, not transport); kept until every import is updated. */
export * from '../domain/errors'
