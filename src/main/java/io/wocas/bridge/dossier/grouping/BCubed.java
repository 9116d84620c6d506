package io.wocas.bridge.dossier.grouping;

import java.util.HashMap;
import java.util.Map;

/**
 * B-cubed precision, recall and F1 of a clustering against gold labels (Bagga and Baldwin
 * 1998; Amigó et al. 2009). For each item: precision is the share of its cluster that has
 * its label, recall the share of its label that is in its cluster; both are averaged over
 * items, and F1 is the harmonic mean of the two averages.
 */
public final class BCubed {

	private BCubed() {
	}

	/**
	 * @param clusters item to cluster id
	 * @param labels item to gold label; must cover the same items
	 */
	public static <I, C, L> Result evaluate(Map<I, C> clusters, Map<I, L> labels) {
		if (!clusters.keySet().equals(labels.keySet())) {
			throw new IllegalArgumentException("clusters and labels must cover the same items");
		}
		if (clusters.isEmpty()) {
			return new Result(0, 0, 0, 0, 0);
		}
		Map<C, Integer> clusterSizes = new HashMap<>();
		Map<L, Integer> labelSizes = new HashMap<>();
		Map<Map.Entry<C, L>, Integer> both = new HashMap<>();
		for (Map.Entry<I, C> item : clusters.entrySet()) {
			L label = labels.get(item.getKey());
			clusterSizes.merge(item.getValue(), 1, Integer::sum);
			labelSizes.merge(label, 1, Integer::sum);
			both.merge(new java.util.AbstractMap.SimpleImmutableEntry<>(item.getValue(), label), 1, Integer::sum);
		}
		double precision = 0;
		double recall = 0;
		for (Map.Entry<I, C> item : clusters.entrySet()) {
			L label = labels.get(item.getKey());
			int common = both.get(new java.util.AbstractMap.SimpleImmutableEntry<>(item.getValue(), label));
			precision += (double) common / clusterSizes.get(item.getValue());
			recall += (double) common / labelSizes.get(label);
		}
		int items = clusters.size();
		precision /= items;
		recall /= items;
		double f1 = (precision + recall == 0) ? 0 : 2 * precision * recall / (precision + recall);
		return new Result(precision, recall, f1, clusterSizes.size(), items);
	}

	/**
	 * @param precision averaged B-cubed precision
	 * @param recall averaged B-cubed recall
	 * @param f1 harmonic mean of precision and recall
	 * @param clusters number of clusters
	 * @param items number of items
	 */
	public record Result(double precision, double recall, double f1, int clusters, int items) {

		@Override
		public String toString() {
			return String.format(java.util.Locale.ROOT, "P=%.3f R=%.3f F1=%.3f (%d dossiers, %d voices)",
					this.precision, this.recall, this.f1, this.clusters, this.items);
		}

	}

}
