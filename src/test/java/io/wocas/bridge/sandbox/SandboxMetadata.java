package io.wocas.bridge.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Deploys the custom objects of an SFDX source package into the sandbox, as an admin
 * would with {@code sf project deploy start}: each custom object becomes a known type
 * whose fields are exactly the package's, so writes to a field the package lacks fail
 * with {@code INVALID_FIELD}. Custom fields on standard objects need nothing: standard
 * objects accept any field here.
 */
final class SandboxMetadata {

	private SandboxMetadata() {
	}

	static void deploy(SandboxStore store, Path sfdxProject) {
		Path objects = sfdxProject.resolve("force-app/main/default/objects");
		try (Stream<Path> dirs = Files.list(objects)) {
			for (Path dir : dirs.filter(Files::isDirectory).toList()) {
				String name = dir.getFileName().toString();
				if (!name.endsWith("__c")) {
					continue;
				}
				List<String> fields = new ArrayList<>(List.of("Name", "OwnerId"));
				Path fieldDir = dir.resolve("fields");
				if (Files.isDirectory(fieldDir)) {
					try (Stream<Path> files = Files.list(fieldDir)) {
						files.map((file) -> file.getFileName().toString())
							.filter((file) -> file.endsWith(".field-meta.xml"))
							.map((file) -> file.substring(0, file.length() - ".field-meta.xml".length()))
							.forEach(fields::add);
					}
				}
				store.declareSchema(name, fields);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the SFDX package " + sfdxProject, ex);
		}
	}

}
