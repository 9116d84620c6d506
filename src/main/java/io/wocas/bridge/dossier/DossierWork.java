package io.wocas.bridge.dossier;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs changes to dossier membership one at a time, each in its own transaction. The
 * grouping index lives in memory next to the database; serialising the changes keeps the
 * two in step (see {@link DossierMembership}).
 */
@Component
public class DossierWork {

	private final ReentrantLock lock = new ReentrantLock(true);

	private final TransactionTemplate transactions;

	DossierWork(TransactionTemplate transactions) {
		this.transactions = transactions;
	}

	public <T> T run(Supplier<T> work) {
		this.lock.lock();
		try {
			return this.transactions.execute((status) -> work.get());
		}
		finally {
			this.lock.unlock();
		}
	}

}
