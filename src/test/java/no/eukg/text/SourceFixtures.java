package no.eukg.text;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The shipped source document and its boilerplate patterns, shared by the tests. */
final class SourceFixtures {

    static final Path SOURCE = Path.of("data/source/foreign-and-security-policy.txt");

    static final List<Pattern> BOILERPLATE = Stream.of(
                    "^A \\| A \\| A$",
                    "^Norske sider >$",
                    "^Bookmark and Share$",
                    "^More information:$",
                    "Last updated: \\d\\d\\.\\d\\d\\.\\d{4} //\\s",
                    "(?<=Photo: European Union\\.)Børge Brende.*Photo: European Union$")
            .map(p -> Pattern.compile(p, Pattern.MULTILINE))
            .toList();

    private SourceFixtures() {
    }

    static SourceText source() throws IOException {
        return SourceText.read(SOURCE, BOILERPLATE);
    }
}
