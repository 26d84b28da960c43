package gov.enterprise.testsupport;

/** The same checks in a second class: it must get another database and prefix than {@link FreshEnvironmentIT}. */
class AnotherFreshEnvironmentIT extends FreshEnvironmentIT {
}
