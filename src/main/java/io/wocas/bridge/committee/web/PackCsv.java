package io.wocas.bridge.committee.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.wocas.bridge.committee.CommitteePack;

/**
 * The committee pack as CSV (RFC 4180), one row per proposal, for the committee's
 * spreadsheet. UTF-8 with a byte-order mark so spreadsheet programs read accents right;
 * text that a spreadsheet would take for a formula is prefixed with an apostrophe.
 */
final class PackCsv {

	static final List<String> HEADER = List.of("session_id", "held_on", "dossier_id", "dossier_title", "status",
			"outcome", "owner", "priority_score", "voice_count", "trend", "last_7_days", "last_30_days",
			"previous_30_days", "root_cause", "proposal_id", "proposal", "one_off_cost", "recurring_cost_per_year",
			"expected_contact_reduction_pct", "departments", "decision", "rationale", "approved_budget");

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private PackCsv() {
	}

	static byte[] write(CommitteePack.Pack pack) {
		StringBuilder csv = new StringBuilder();
		line(csv, HEADER);
		for (CommitteePack.Row row : pack.rows()) {
			CommitteePack.AgendaDossier dossier = row.dossier();
			CommitteePack.PackProposal proposal = row.proposal();
			List<String> cells = new ArrayList<>();
			cells.add(Long.toString(pack.session().id()));
			cells.add(pack.session().heldOn().toString());
			cells.add(Long.toString(dossier.dossierId()));
			cells.add(text(dossier.title()));
			cells.add(dossier.status().name());
			cells.add((dossier.outcome() != null) ? dossier.outcome().name() : "");
			cells.add(text(dossier.owner()));
			cells.add(String.format(Locale.ROOT, "%.2f", dossier.priorityScore()));
			cells.add(Long.toString(dossier.voiceCount()));
			cells.add(value(dossier.trend().trend()));
			cells.add(value(dossier.trend().last7Days()));
			cells.add(value(dossier.trend().last30Days()));
			cells.add(value(dossier.trend().previous30Days()));
			cells.add(text(dossier.rootCause()));
			if (proposal != null) {
				cells.add(Long.toString(proposal.id()));
				cells.add(text(proposal.description()));
				cells.add(money(proposal.oneOffCost()));
				cells.add(money(proposal.recurringCost()));
				cells.add(money(proposal.expectedReduction()));
				cells.add(text(String.join("; ", proposal.departments())));
				cells.add((proposal.decision() != null) ? proposal.decision().name() : "");
				cells.add(text(proposal.rationale()));
				cells.add(money(proposal.approvedBudget()));
			}
			else {
				for (int i = 0; i < 9; i++) {
					cells.add("");
				}
			}
			line(csv, cells);
		}
		byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);
		byte[] withBom = new byte[BOM.length + body.length];
		System.arraycopy(BOM, 0, withBom, 0, BOM.length);
		System.arraycopy(body, 0, withBom, BOM.length, body.length);
		return withBom;
	}

	private static void line(StringBuilder csv, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				csv.append(',');
			}
			csv.append(quoted(cells.get(i)));
		}
		csv.append("\r\n");
	}

	static String quoted(String cell) {
		if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0
				&& cell.equals(cell.strip())) {
			return cell;
		}
		return '"' + cell.replace("\"", "\"\"") + '"';
	}

	static String text(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		char first = value.charAt(0);
		return (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r')
				? "'" + value : value;
	}

	private static String money(BigDecimal amount) {
		return (amount != null) ? amount.toPlainString() : "";
	}

	private static String value(Object value) {
		return (value != null) ? value.toString() : "";
	}

}
