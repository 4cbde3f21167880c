package org.w3id.lkg.ingest.extract;

/** The parties a power acts on or a sanction falls on; each key is a concept key in the {@code party} scheme. */
public enum Party {
    LAWYER("lawyer", "律师"),
    LAW_FIRM("law-firm", "律师事务所"),
    LAW_FIRM_HEAD("law-firm-head", "负责人"),
    GRASSROOTS_LEGAL_WORKER("grassroots-legal-worker", "基层法律服务工作者"),
    GRASSROOTS_LEGAL_SERVICE_OFFICE("grassroots-legal-service-office", "基层法律服务所"),
    NOTARY_OFFICE("notary-office", "公证机构"),
    NOTARY("notary", "公证员"),
    NOTARY_ASSOCIATION("notary-association", "公证协会"),
    LAWYERS_ASSOCIATION("lawyers-association", "律师协会"),
    COMMUNITY_CORRECTIONS_SUBJECT("community-corrections-subject", "社区矫正对象"),
    LEGAL_AID_RECIPIENT("legal-aid-recipient", "受援人"),
    MEDIATION_COMMITTEE("mediation-committee", "人民调解委员会"),
    MEDIATOR("mediator", "人民调解员"),
    LEGAL_AID_PROVIDER("legal-aid-provider", "法律援助人员"),
    /** Not in MODEL.md: 律师法第三十五条, 没有取得律师执业证书的人员 who practise as lawyers. */
    UNLICENSED_LEGAL_PRACTITIONER("unlicensed-legal-practitioner", "没有取得律师执业证书的人员"),
    /** Not in MODEL.md: defendants and offenders assessed before community corrections (罪犯, 被告人). */
    OFFENDER("offender", "罪犯"),
    /** Not in MODEL.md: the guardian of a juvenile under community corrections (监护人). */
    GUARDIAN("guardian", "监护人"),
    /** Not in MODEL.md: the township judicial office that community-corrections work is entrusted to (司法所). */
    JUDICIAL_OFFICE("judicial-office", "司法所"),
    /** Not in MODEL.md: 法律援助机构, the legal-aid agency (法律援助法第六十一条). */
    LEGAL_AID_AGENCY("legal-aid-agency", "法律援助机构"),
    /** Not in MODEL.md: 直接负责的主管人员和其他直接责任人员, the officials a disciplinary sanction falls on. */
    DIRECTLY_RESPONSIBLE_PERSON("directly-responsible-person", "直接负责的主管人员和其他直接责任人员");

    private final String key;
    private final String label;

    Party(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The concept key, e.g. {@code law-firm}. */
    public String key() {
        return key;
    }

    /** The Chinese preferred label, e.g. 律师事务所. */
    public String label() {
        return label;
    }

    /** The party with {@code key}, or throws. */
    public static Party ofKey(String key) {
        for (Party p : values()) if (p.key.equals(key)) return p;
        throw new IllegalArgumentException("unknown party key: " + key);
    }
}
