package org.w3id.lkg.ingest.extract;

import java.util.regex.Pattern;

/**
 * The kinds of sanction an article can prescribe; each key is a concept key in the {@code sanction-type}
 * scheme, and each pattern finds the kind in a phrase that imposes something (never in a condition).
 */
public enum SanctionType {
    WARNING("warning", "警告", "警告"),
    FINE("fine", "罚款", "罚款"),
    CONFISCATION_OF_ILLEGAL_GAINS("confiscation-of-illegal-gains", "没收违法所得", "没收(?:其)?违法所得"),
    CONFISCATION_OF_ILLEGAL_PROPERTY("confiscation-of-illegal-property", "没收违法财物", "没收(?:其)?(?:违法|非法)财物"),
    SUSPENSION_OF_PRACTICE("suspension-of-practice", "停止执业", "停止执业"),
    SUSPENSION_OF_BUSINESS("suspension-of-business", "停业整顿", "停业整顿"),
    // 吊销律师执业证书, 吊销律师事务所执业证书, 吊销其执业证: the holder varies, the act does not.
    REVOCATION_OF_PRACTICE_CERTIFICATE("revocation-of-practice-certificate", "吊销执业证书", "吊销[^，。；]{0,8}?执业证"),
    REVOCATION_OF_LICENCE("revocation-of-licence", "吊销许可证件", "吊销[^，。；]{0,8}?许可证"),
    ORDER_TO_STOP_ILLEGAL_PRACTICE("order-to-stop-illegal-practice", "责令停止非法执业", "责令停止非法执业"),
    ORDER_TO_CORRECT("order-to-correct", "责令改正", "责令(?:其)?(?:限期)?(?:改正|整改|纠正)"),
    ORDER_TO_PAY("order-to-pay", "责令支付费用", "责令(?:其)?[^，。；]{0,4}?支付[^，。；]*?费用"),
    /** Not in MODEL.md: 法律援助法第六十一条 责令退还 (return what was taken). */
    ORDER_TO_RETURN("order-to-return", "责令退还", "责令(?:其)?退还"),
    ADMONITION("admonition", "训诫", "训诫"),
    /** Not in MODEL.md: 依法给予处分, a disciplinary sanction on officials, not an administrative penalty. */
    DISCIPLINARY_SANCTION("disciplinary-sanction", "处分", "给予(?:行政)?处分"),
    /**
     * Not in MODEL.md: 由司法行政部门给予处罚 names a penalty but not its kind; kept so that the article
     * still says whom it sanctions and who imposes it. Only used when no other kind is named.
     */
    UNSPECIFIED_PENALTY("unspecified-penalty", "处罚（未列明种类）", "(?:给予|予以)(?:行政)?处罚");

    private final String key;
    private final String label;
    private final Pattern pattern;

    SanctionType(String key, String label, String regex) {
        this.key = key;
        this.label = label;
        this.pattern = Pattern.compile(regex);
    }

    /** The concept key, e.g. {@code suspension-of-practice}. */
    public String key() {
        return key;
    }

    /** The Chinese preferred label, e.g. 停止执业. */
    public String label() {
        return label;
    }

    /** Whether this kind carries a duration bound (停止执业, 停业整顿). */
    public boolean hasDuration() {
        return this == SUSPENSION_OF_PRACTICE || this == SUSPENSION_OF_BUSINESS;
    }

    /** The pattern that finds this kind in an imposing phrase. */
    Pattern pattern() {
        return pattern;
    }
}
