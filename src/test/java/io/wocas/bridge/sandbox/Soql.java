package io.wocas.bridge.sandbox;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The subset of SOQL the product sends: a field list (with parent relationship paths) or
 * {@code COUNT()}, one object, a WHERE clause, ORDER BY, LIMIT and OFFSET. As in
 * Salesforce, keywords and names are case-insensitive, text comparisons ignore case,
 * {@code !=} matches null values and AND and OR cannot be mixed without parentheses.
 */
final class Soql {

	private Soql() {
	}

	record Query(String object, List<FieldPath> fields, boolean count, Condition where, List<Order> orderBy,
			Integer limit, Integer offset) {
	}

	/**
	 * A field as written in the query: {@code Subject} or {@code Parent.CaseNumber}.
	 */
	record FieldPath(List<String> segments) {

		String text() {
			return String.join(".", this.segments);
		}

		boolean isRelationship() {
			return this.segments.size() > 1;
		}

	}

	record Order(FieldPath field, boolean descending, boolean nullsFirst) {
	}

	/**
	 * Null literal marker: a {@code null} Java value means "no value" in records.
	 */
	enum Null {

		INSTANCE

	}

	sealed interface Condition permits Comparison, Like, In, And, Or, Not {

		boolean test(Function<FieldPath, Object> values);

		void collectFields(List<FieldPath> into);

	}

	record Comparison(FieldPath field, String operator, Object literal) implements Condition {

		@Override
		public boolean test(Function<FieldPath, Object> values) {
			return compare(values.apply(this.field), this.operator, this.literal);
		}

		@Override
		public void collectFields(List<FieldPath> into) {
			into.add(this.field);
		}

	}

	record Like(FieldPath field, String pattern) implements Condition {

		@Override
		public boolean test(Function<FieldPath, Object> values) {
			Object value = values.apply(this.field);
			return value != null && likeRegex(this.pattern).matcher(String.valueOf(value)).matches();
		}

		@Override
		public void collectFields(List<FieldPath> into) {
			into.add(this.field);
		}

	}

	record In(FieldPath field, List<Object> literals, boolean negated) implements Condition {

		@Override
		public boolean test(Function<FieldPath, Object> values) {
			Object value = values.apply(this.field);
			boolean found = this.literals.stream().anyMatch((literal) -> compare(value, "=", literal));
			return this.negated != found;
		}

		@Override
		public void collectFields(List<FieldPath> into) {
			into.add(this.field);
		}

	}

	record And(List<Condition> operands) implements Condition {

		@Override
		public boolean test(Function<FieldPath, Object> values) {
			return this.operands.stream().allMatch((operand) -> operand.test(values));
		}

		@Override
		public void collectFields(List<FieldPath> into) {
			this.operands.forEach((operand) -> operand.collectFields(into));
		}

	}

	record Or(List<Condition> operands) implements Condition {

		@Override
		public boolean test(Function<FieldPath, Object> values) {
			return this.operands.stream().anyMatch((operand) -> operand.test(values));
		}

		@Override
		public void collectFields(List<FieldPath> into) {
			this.operands.forEach((operand) -> operand.collectFields(into));
		}

	}

	record Not(Condition operand) implements Condition {

		@Override
		public boolean test(Function<FieldPath, Object> values) {
			return !this.operand.test(values);
		}

		@Override
		public void collectFields(List<FieldPath> into) {
			this.operand.collectFields(into);
		}

	}

	static Query parse(String soql) {
		if (soql == null || soql.isBlank()) {
			throw malformed("unexpected token: <EOF>");
		}
		return new Parser(tokenize(soql)).query();
	}

	static SalesforceApiException malformed(String message) {
		return new SalesforceApiException(400, "MALFORMED_QUERY", message);
	}

	/**
	 * Compares a stored value with a literal the way SOQL does for the literal's type.
	 */
	static boolean compare(Object value, String operator, Object literal) {
		if (literal == Null.INSTANCE) {
			return switch (operator) {
				case "=" -> value == null;
				case "!=", "<>" -> value != null;
				default -> false;
			};
		}
		if (value == null) {
			return operator.equals("!=") || operator.equals("<>");
		}
		int order;
		try {
			order = compareValues(value, literal);
		}
		catch (RuntimeException ex) {
			return operator.equals("!=") || operator.equals("<>");
		}
		return switch (operator) {
			case "=" -> order == 0;
			case "!=", "<>" -> order != 0;
			case "<" -> order < 0;
			case ">" -> order > 0;
			case "<=" -> order <= 0;
			case ">=" -> order >= 0;
			default -> throw malformed("unexpected token: " + operator);
		};
	}

	private static int compareValues(Object value, Object literal) {
		if (literal instanceof Instant instant) {
			return parseDateTime(String.valueOf(value)).compareTo(instant);
		}
		if (literal instanceof LocalDate date) {
			return LocalDate.parse(String.valueOf(value).substring(0, 10)).compareTo(date);
		}
		if (literal instanceof BigDecimal number) {
			return new BigDecimal(String.valueOf(value)).compareTo(number);
		}
		if (literal instanceof Boolean bool) {
			return Boolean.compare(Boolean.parseBoolean(String.valueOf(value)), bool);
		}
		return String.valueOf(value).compareToIgnoreCase(String.valueOf(literal));
	}

	/**
	 * Orders stored values: numbers numerically, booleans false first, text ignoring
	 * case. Stored datetimes share one format, so they order as text.
	 */
	static int compareStored(Object left, Object right) {
		if (left instanceof Number a && right instanceof Number b) {
			return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString()));
		}
		if (left instanceof Boolean a && right instanceof Boolean b) {
			return Boolean.compare(a, b);
		}
		return String.valueOf(left).compareToIgnoreCase(String.valueOf(right));
	}

	static Instant parseDateTime(String text) {
		try {
			return OffsetDateTime.parse(text, SandboxStore.STORED_DATETIME).toInstant();
		}
		catch (DateTimeParseException ex) {
			return OffsetDateTime.parse(text).toInstant();
		}
	}

	static Pattern likeRegex(String pattern) {
		StringBuilder regex = new StringBuilder();
		for (int i = 0; i < pattern.length(); i++) {
			char c = pattern.charAt(i);
			if (c == '\\' && i + 1 < pattern.length()) {
				regex.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
			}
			else if (c == '%') {
				regex.append(".*");
			}
			else if (c == '_') {
				regex.append('.');
			}
			else {
				regex.append(Pattern.quote(String.valueOf(c)));
			}
		}
		return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
	}

	private enum Kind {

		WORD, STRING, NUMBER, DATETIME, DATE, SYMBOL, END

	}

	private record Token(Kind kind, String text, Object value) {

		boolean is(String keyword) {
			return (this.kind == Kind.WORD || this.kind == Kind.SYMBOL) && this.text.equalsIgnoreCase(keyword);
		}

	}

	private static final Pattern DATETIME = Pattern
		.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?(Z|[+-]\\d{2}:\\d{2})");

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

	private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");

	private static List<Token> tokenize(String soql) {
		List<Token> tokens = new ArrayList<>();
		int i = 0;
		while (i < soql.length()) {
			char c = soql.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
			}
			else if (c == '\'') {
				StringBuilder text = new StringBuilder();
				int j = i + 1;
				boolean closed = false;
				while (j < soql.length()) {
					char d = soql.charAt(j);
					if (d == '\\' && j + 1 < soql.length()) {
						char e = soql.charAt(j + 1);
						switch (e) {
							case 'n' -> text.append('\n');
							case 'r' -> text.append('\r');
							case 't' -> text.append('\t');
							case 'b' -> text.append('\b');
							case 'f' -> text.append('\f');
							case '\'', '"', '\\' -> text.append(e);
							case '_', '%' -> text.append('\\').append(e);
							default -> throw malformed("Invalid string literal '" + soql.substring(i, j + 2)
									+ "'. Illegal character sequence '\\" + e + "' in string literal.");
						}
						j += 2;
					}
					else if (d == '\'') {
						closed = true;
						break;
					}
					else {
						text.append(d);
						j++;
					}
				}
				if (!closed) {
					throw malformed("line 1:" + i + " mismatched character '<EOF>' expecting '''");
				}
				tokens.add(new Token(Kind.STRING, text.toString(), text.toString()));
				i = j + 1;
			}
			else if (Character.isDigit(c)
					|| (c == '-' && i + 1 < soql.length() && Character.isDigit(soql.charAt(i + 1)))) {
				Matcher datetime = DATETIME.matcher(soql).region(i, soql.length());
				Matcher date = DATE.matcher(soql).region(i, soql.length());
				Matcher number = NUMBER.matcher(soql).region(i, soql.length());
				if (datetime.lookingAt()) {
					String text = datetime.group();
					tokens.add(new Token(Kind.DATETIME, text, OffsetDateTime.parse(text).toInstant()));
					i = datetime.end();
				}
				else if (date.lookingAt() && !(date.end() < soql.length() && soql.charAt(date.end()) == 'T')) {
					String text = date.group();
					tokens.add(new Token(Kind.DATE, text, LocalDate.parse(text)));
					i = date.end();
				}
				else if (number.lookingAt()) {
					String text = number.group();
					tokens.add(new Token(Kind.NUMBER, text, new BigDecimal(text)));
					i = number.end();
				}
				else {
					throw malformed("unexpected token: '" + soql.substring(i) + "'");
				}
			}
			else if (Character.isLetter(c) || c == '_') {
				Matcher word = WORD.matcher(soql).region(i, soql.length());
				word.lookingAt();
				tokens.add(new Token(Kind.WORD, word.group(), null));
				i = word.end();
			}
			else {
				String two = i + 1 < soql.length() ? soql.substring(i, i + 2) : "";
				if (Set.of("!=", "<>", "<=", ">=").contains(two)) {
					tokens.add(new Token(Kind.SYMBOL, two, null));
					i += 2;
				}
				else if ("=<>(),".indexOf(c) >= 0) {
					tokens.add(new Token(Kind.SYMBOL, String.valueOf(c), null));
					i++;
				}
				else {
					throw malformed("line 1:" + i + " no viable alternative at character '" + c + "'");
				}
			}
		}
		tokens.add(new Token(Kind.END, "<EOF>", null));
		return tokens;
	}

	private static final Set<String> RESERVED = Set.of("SELECT", "FROM", "WHERE", "ORDER", "BY", "LIMIT", "OFFSET",
			"AND", "OR", "NOT", "IN", "LIKE", "ASC", "DESC", "NULLS", "FIRST", "LAST", "NULL", "TRUE", "FALSE", "GROUP",
			"HAVING", "WITH", "FOR", "USING", "INCLUDES", "EXCLUDES");

	private static final class Parser {

		private final List<Token> tokens;

		private int position;

		Parser(List<Token> tokens) {
			this.tokens = tokens;
		}

		Query query() {
			expect("SELECT");
			List<FieldPath> fields = new ArrayList<>();
			boolean count = false;
			if (peek().is("COUNT") && this.tokens.get(this.position + 1).is("(")) {
				next();
				next();
				if (!peek().is(")")) {
					throw malformed("COUNT(field) aggregate queries are not supported by the sandbox, use COUNT()");
				}
				next();
				count = true;
			}
			else {
				fields.add(field());
				while (peek().is(",")) {
					next();
					fields.add(field());
				}
			}
			expect("FROM");
			Token object = next();
			if (object.kind() != Kind.WORD || object.text().contains(".")) {
				throw unexpected(object);
			}
			Condition where = null;
			if (peek().is("WHERE")) {
				next();
				where = condition();
			}
			List<Order> orderBy = new ArrayList<>();
			if (peek().is("ORDER")) {
				next();
				expect("BY");
				orderBy.add(order());
				while (peek().is(",")) {
					next();
					orderBy.add(order());
				}
			}
			Integer limit = null;
			if (peek().is("LIMIT")) {
				next();
				limit = integer();
			}
			Integer offset = null;
			if (peek().is("OFFSET")) {
				next();
				offset = integer();
			}
			if (peek().kind() != Kind.END) {
				throw unexpected(peek());
			}
			if (count && !orderBy.isEmpty()) {
				throw malformed("ORDER BY is not allowed with COUNT()");
			}
			return new Query(object.text(), List.copyOf(fields), count, where, List.copyOf(orderBy), limit, offset);
		}

		private Order order() {
			FieldPath field = field();
			boolean descending = false;
			if (peek().is("ASC")) {
				next();
			}
			else if (peek().is("DESC")) {
				next();
				descending = true;
			}
			boolean nullsFirst = !descending;
			if (peek().is("NULLS")) {
				next();
				if (peek().is("FIRST")) {
					nullsFirst = true;
				}
				else if (peek().is("LAST")) {
					nullsFirst = false;
				}
				else {
					throw unexpected(peek());
				}
				next();
			}
			return new Order(field, descending, nullsFirst);
		}

		private int integer() {
			Token token = next();
			if (token.kind() != Kind.NUMBER || token.text().contains(".") || token.text().startsWith("-")) {
				throw unexpected(token);
			}
			return Integer.parseInt(token.text());
		}

		private Condition condition() {
			List<Condition> operands = new ArrayList<>();
			operands.add(unary());
			String connective = null;
			while (peek().is("AND") || peek().is("OR")) {
				String word = next().text().toUpperCase(Locale.ROOT);
				if (connective != null && !connective.equals(word)) {
					throw malformed("unexpected token: '" + word + "'");
				}
				connective = word;
				operands.add(unary());
			}
			if (connective == null) {
				return operands.get(0);
			}
			return connective.equals("AND") ? new And(List.copyOf(operands)) : new Or(List.copyOf(operands));
		}

		private Condition unary() {
			if (peek().is("NOT")) {
				next();
				return new Not(unary());
			}
			if (peek().is("(")) {
				next();
				Condition inner = condition();
				expect(")");
				return inner;
			}
			FieldPath field = field();
			Token operator = next();
			if (operator.is("LIKE")) {
				Token pattern = next();
				if (pattern.kind() != Kind.STRING) {
					throw unexpected(pattern);
				}
				return new Like(field, (String) pattern.value());
			}
			if (operator.is("NOT")) {
				expect("IN");
				return new In(field, literalList(), true);
			}
			if (operator.is("IN")) {
				return new In(field, literalList(), false);
			}
			if (operator.kind() == Kind.SYMBOL
					&& Set.of("=", "!=", "<>", "<", ">", "<=", ">=").contains(operator.text())) {
				return new Comparison(field, operator.text(), literal());
			}
			throw unexpected(operator);
		}

		private List<Object> literalList() {
			expect("(");
			List<Object> literals = new ArrayList<>();
			literals.add(literal());
			while (peek().is(",")) {
				next();
				literals.add(literal());
			}
			expect(")");
			return List.copyOf(literals);
		}

		private Object literal() {
			Token token = next();
			return switch (token.kind()) {
				case STRING, NUMBER, DATETIME, DATE -> token.value();
				case WORD -> {
					if (token.is("NULL")) {
						yield Null.INSTANCE;
					}
					if (token.is("TRUE") || token.is("FALSE")) {
						yield Boolean.parseBoolean(token.text());
					}
					throw unexpected(token);
				}
				default -> throw unexpected(token);
			};
		}

		private FieldPath field() {
			Token token = next();
			if (token.kind() != Kind.WORD || RESERVED.contains(token.text().toUpperCase(Locale.ROOT))) {
				throw unexpected(token);
			}
			return new FieldPath(List.of(token.text().split("\\.")));
		}

		private Token peek() {
			return this.tokens.get(this.position);
		}

		private Token next() {
			Token token = this.tokens.get(this.position);
			if (token.kind() != Kind.END) {
				this.position++;
			}
			return token;
		}

		private void expect(String keyword) {
			Token token = next();
			if (!token.is(keyword)) {
				throw unexpected(token);
			}
		}

		private SalesforceApiException unexpected(Token token) {
			String text = token.kind() == Kind.STRING ? "'" + token.text() + "'" : token.text();
			return malformed("unexpected token: " + text);
		}

	}

}
