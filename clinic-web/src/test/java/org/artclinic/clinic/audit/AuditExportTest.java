package org.artclinic.clinic.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The audit export's files: every field a column, times in the clinic's zone, and no formula smuggled in. */
class AuditExportTest {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    private static AuditReport.Row row(String detail) {
        return new AuditReport.Row(AuditEvent.of(Instant.parse("2026-07-01T15:30:00Z"), "frontdesk", AuditAction.UPDATE,
                "PatientService.update").roles("FRONT_DESK").address("10.0.0.7").patient(42L).record("Patient", 42)
                .detail(detail).change("phone=555-0100", "phone=555-0199").build(), "Smith, Ann");
    }

    @Test
    void aCsvHoldsEveryFieldInTheClinicsTimeAndDefusesFormulas() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AuditExport.csv(out, CHICAGO, sink -> {
            sink.accept(List.of(row("=cmd|' /C calc'!A0")));
            sink.accept(List.of(row("-2+3"), row("@SUM(A1)"), row("plain, with a comma")));
        });
        List<String> lines = new String(out.toByteArray(), StandardCharsets.UTF_8).lines().toList();
        assertEquals(5, lines.size(), lines.toString());
        assertEquals("\uFEFFWhen,User,Roles,Action,Patient,Patient id,Record type,Record id,Outcome,Address,"
                + "Where in the application,Detail,Before,After", lines.get(0));
        assertEquals("2026-07-01 10:30:00,frontdesk,FRONT_DESK,UPDATE,\"Smith, Ann\",42,Patient,42,SUCCESS,10.0.0.7,"
                + "PatientService.update,'=cmd|' /C calc'!A0,phone=555-0100,phone=555-0199", lines.get(1));
        assertTrue(lines.get(2).contains(",'-2+3,"), lines.get(2));
        assertTrue(lines.get(3).contains(",'@SUM(A1),"), lines.get(3));
        assertTrue(lines.get(4).contains(",\"plain, with a comma\","), lines.get(4));
    }

    @Test
    void anExcelWorkbookHoldsTextCellsNeverFormulas() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AuditExport.xlsx(out, CHICAGO, sink -> {
            sink.accept(List.of(row("=1+1")));
            sink.accept(List.of(row("the second chunk"), row("and its second row")));
        });
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("When", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("2026-07-01 10:30:00", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals(CellType.STRING, sheet.getRow(1).getCell(11).getCellType());
            assertEquals("=1+1", sheet.getRow(1).getCell(11).getStringCellValue());
            assertEquals("phone=555-0199", sheet.getRow(1).getCell(13).getStringCellValue());
            assertEquals("the second chunk", sheet.getRow(2).getCell(11).getStringCellValue());
            assertEquals("and its second row", sheet.getRow(3).getCell(11).getStringCellValue());
            assertEquals(3, sheet.getLastRowNum());
        }
    }
}
