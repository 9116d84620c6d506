package io.wocas.bridge.voice.tagging;

import java.io.Reader;
import java.util.function.BiFunction;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads the YAML files ops and analysts edit under {@code connectors/}: plain data only
 * (no arbitrary types), duplicate keys refused, and a syntax error reported with its line
 * and column through the caller's own exception.
 */
public final class YamlDocuments {

	private YamlDocuments() {
	}

	/**
	 * @param invalid makes the caller's exception from a problem ("is not valid YAML at
	 * line 3, column 5: ...") and its cause
	 */
	public static Object read(Reader reader, BiFunction<String, Exception, RuntimeException> invalid) {
		try {
			LoaderOptions options = new LoaderOptions();
			options.setAllowDuplicateKeys(false);
			return new Yaml(new SafeConstructor(options)).load(reader);
		}
		catch (MarkedYAMLException ex) {
			String where = (ex.getProblemMark() != null) ? " at line " + (ex.getProblemMark().getLine() + 1)
					+ ", column " + (ex.getProblemMark().getColumn() + 1) : "";
			throw invalid.apply("is not valid YAML" + where + ": " + ex.getProblem(), ex);
		}
		catch (YAMLException ex) {
			throw invalid.apply("is not valid YAML: " + ex.getMessage(), ex);
		}
	}

}
