package io.wocas.bridge.voice.intake.mail;

import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Plain text of an HTML mail body, keeping its line structure: Outlook and Gmail put
 * every line of a forwarded header block in its own paragraph or after a {@code <br>
 * }, and the forward detection reads lines.
 */
final class HtmlText {

	private static final Set<String> BLOCKS = Set.of("p", "div", "tr", "li", "ul", "ol", "table", "blockquote", "pre",
			"h1", "h2", "h3", "h4", "h5", "h6", "hr", "header", "footer", "section", "article", "address", "dl", "dt",
			"dd");

	private HtmlText() {
	}

	static String of(String html) {
		Document document = Jsoup.parse(html);
		document.select("head, style, script, title").remove();
		StringBuilder text = new StringBuilder();
		NodeTraversor.traverse(new NodeVisitor() {

			@Override
			public void head(Node node, int depth) {
				if (node instanceof TextNode textNode) {
					String value = textNode.text().replace('\u00a0', ' ');
					if (!value.isBlank() || (!text.isEmpty() && text.charAt(text.length() - 1) != '\n')) {
						text.append(value);
					}
				}
				else if (node instanceof Element element) {
					if (element.nameIs("br")) {
						text.append('\n');
					}
					else if (BLOCKS.contains(element.normalName())) {
						newLine(text);
					}
					else if (element.nameIs("td") || element.nameIs("th")) {
						text.append(' ');
					}
				}
			}

			@Override
			public void tail(Node node, int depth) {
				if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
					newLine(text);
				}
			}

		}, document.body());
		return text.toString();
	}

	private static void newLine(StringBuilder text) {
		if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
			text.append('\n');
		}
	}

}
