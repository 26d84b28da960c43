package gov.enterprise.resolution.ticket;

/** The deadline light (红黄绿灯): yellow once 80% of the time is used, red when overdue. */
public enum Light {
    GREEN, YELLOW, RED
}
