package org.artclinic.clinic.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.artclinic.clinic.common.Money;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

/** A report's cells in Excel: counts and amounts as numbers a manager can sum, everything else as text. */
class XlsxTableExporterTest {

    private static Row written(List<String> texts) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "ART Clinic", "1.0");
        Worksheet sheet = workbook.newWorksheet("Report");
        for (int i = 0; i < texts.size(); i++) {
            XlsxTableExporter.write(sheet, 0, i, texts.get(i));
        }
        workbook.finish();
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            return read.getSheetAt(0).getRow(0);
        }
    }

    @Test
    void amountsAsMoneyFormatsThemAreNumbersWithTheCurrencyFormat() throws Exception {
        Row row = written(List.of(Money.of("1234.56").format(), "-$12.00", Money.of("0").format()));
        assertEquals(CellType.NUMERIC, row.getCell(0).getCellType());
        assertEquals(1234.56, row.getCell(0).getNumericCellValue(), 0.0001);
        assertTrue(row.getCell(0).getCellStyle().getDataFormatString().contains("$"),
                row.getCell(0).getCellStyle().getDataFormatString());
        assertEquals(-12, row.getCell(1).getNumericCellValue(), 0.0001);
        assertEquals(0, row.getCell(2).getNumericCellValue(), 0.0001);
    }

    @Test
    void countsAreNumbersAndGroupedOnesKeepTheirSeparators() throws Exception {
        Row row = written(List.of("12", "1,234", "2.5"));
        assertEquals(12, row.getCell(0).getNumericCellValue(), 0.0001);
        assertEquals(1234, row.getCell(1).getNumericCellValue(), 0.0001);
        assertEquals("#,##0", row.getCell(1).getCellStyle().getDataFormatString());
        assertEquals(2.5, row.getCell(2).getNumericCellValue(), 0.0001);
    }

    @Test
    void namesRangesDashesAndFormulasStayText() throws Exception {
        Row row = written(List.of("Smith, Ann", "0-30", "—", "=SUM(A1:A9)", "12.5 %", "O'Neil & <Sons> \"Ltd\""));
        for (int i = 0; i < 6; i++) {
            Cell cell = row.getCell(i);
            assertEquals(CellType.STRING, cell.getCellType(), "cell " + i);
        }
        assertEquals("=SUM(A1:A9)", row.getCell(3).getStringCellValue());
        assertEquals("12.5 %", row.getCell(4).getStringCellValue());
        assertEquals("O'Neil & <Sons> \"Ltd\"", row.getCell(5).getStringCellValue());
    }

    @Test
    void anEmptyCellIsLeftEmpty() throws Exception {
        Row row = written(List.of("", "7"));
        assertNull(row.getCell(0));
        assertEquals(7, row.getCell(1).getNumericCellValue(), 0.0001);
    }

    @Test
    void onlyTheWholeTextCountsAsANumber() {
        assertNull(XlsxTableExporter.parse(java.text.NumberFormat.getNumberInstance(java.util.Locale.US), "31-60"));
        assertEquals(new BigDecimal("1234.56"),
                XlsxTableExporter.parse(java.text.NumberFormat.getCurrencyInstance(java.util.Locale.US), "$1,234.56"));
    }
}
