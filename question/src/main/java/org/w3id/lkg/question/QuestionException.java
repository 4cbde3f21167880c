package org.w3id.lkg.question;

/** A question that cannot be asked at all (empty, too long), or an intent table that does not hold together. */
public class QuestionException extends RuntimeException {
    public QuestionException(String message) { super(message); }
}
