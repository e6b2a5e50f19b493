package org.artclinic.clinic.protocol;

import java.util.List;

import org.artclinic.clinic.common.DomainException;

/**
 * An import file was refused as a whole: every problem found, each naming its row ("Row 4: ..."),
 * so the file can be put right in one go. Nothing in the library was changed.
 */
public class InvalidProtocolFile extends DomainException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public InvalidProtocolFile(List<String> problems) {
        super("The file was not imported; nothing was changed. " + problems.size()
                + (problems.size() == 1 ? " problem: " : " problems: ") + String.join(" ", problems.stream().limit(10).toList())
                + (problems.size() > 10 ? " …" : ""));
        this.problems = List.copyOf(problems);
    }

    /** Each problem on its own, e.g. "Row 3: Choose the tissue of Psoas major ...". */
    public List<String> problems() {
        return problems;
    }
}
