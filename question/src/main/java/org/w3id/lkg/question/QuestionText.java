package org.w3id.lkg.question;

import java.text.Normalizer;

import com.hankcs.hanlp.HanLP;

/**
 * The one normalisation questions and dictionary labels share, so that they meet: NFKC (full-width digits, brackets
 * and spaces fold), traditional → simplified characters by HanLP's conversion (律師法 → 律师法), whitespace runs to
 * one space, ends stripped.
 */
public final class QuestionText {
    private QuestionText() {}

    /** {@code text} normalised; spans of mentions refer to this form. */
    public static String normalise(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        s = HanLP.convertToSimplifiedChinese(s);
        return s.replaceAll("\\s+", " ").strip();
    }

    /** A label as the dictionary holds it: normalised as a question, without spaces (labels never need them). */
    public static String label(String text) {
        return normalise(text).replace(" ", "");
    }
}
