package org.w3id.lkg.ingest.list;

import static org.w3id.lkg.ingest.list.ColumnRole.ACCOUNTABILITY;
import static org.w3id.lkg.ingest.list.ColumnRole.ACCOUNTABLE;

import java.util.Map;
import org.w3id.lkg.ontology.FindingKind;


/**
 * Puts 追责对象范围 (who is accountable) and 追责情形 (in which situations) right when a row swaps them,
 * or writes the situations' lead-in into the persons cell; reports each repair.
 */
final class AccountabilityRepair {
    private final RowAligner.Reporter report;

    AccountabilityRepair(RowAligner.Reporter report) {
        this.report = report;
    }

    void repair(Map<ColumnRole, Field> fields) {
        Field persons = fields.get(ACCOUNTABLE);
        Field situations = fields.get(ACCOUNTABILITY);
        if (persons == null) return;
        String p = persons.text();
        String s = situations == null ? "" : situations.text();
        if (!CellKind.isPersons(p) && CellKind.isPersons(s) && !CellKind.startsWithSituationLead(s)) {
            fields.put(ACCOUNTABLE, relabel(situations, ACCOUNTABLE));
            fields.put(ACCOUNTABILITY, relabel(persons, ACCOUNTABILITY));
            finding(persons, "追责对象范围 and 追责情形 are swapped; put right");
        } else if (CellKind.startsWithSituationLead(p) && CellKind.isPersons(p) && s.isEmpty()) {
            fields.put(ACCOUNTABILITY, new Field(ACCOUNTABILITY, persons.value().prefix(CellKind.leadInEnd(p)), persons.raw(),
                    persons.position()));
            finding(persons, "追责对象范围 begins with the lead-in of 追责情形 and 追责情形 is empty; the lead-in was moved to 追责情形");
        } else if (situations != null && CellKind.startsWithSituationLead(s) && CellKind.isPersons(s)) {
            finding(situations, "追责情形 lists accountable persons after its lead-in instead of situations");
        }
    }

    private void finding(Field at, String message) {
        report.sink().accept(Finding.ofItem(FindingKind.SWAPPED_COLUMNS, message, at.position(), at.raw(),
                report.section(), report.number()));
    }

    private static Field relabel(Field f, ColumnRole role) { return new Field(role, f.value(), f.raw(), f.position()); }
}
