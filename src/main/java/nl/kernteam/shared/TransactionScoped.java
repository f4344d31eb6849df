package nl.kernteam.shared;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A value that lives as long as the current transaction: made on first use, unbound when
 * the transaction ends, and given to {@code beforeCommit} just before it commits (the
 * page's merged access-log rows, its one access decision).
 */
public final class TransactionScoped {

	private TransactionScoped() {
	}

	/**
	 * The current transaction's value under this key.
	 * @param beforeCommit what to do with it just before the commit, or {@code null}
	 */
	public static <T> T get(Class<?> key, Supplier<T> make, Consumer<T> beforeCommit) {
		@SuppressWarnings("unchecked")
		var value = (T) TransactionSynchronizationManager.getResource(key);
		if (value == null) {
			var made = make.get();
			TransactionSynchronizationManager.bindResource(key, made);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void beforeCommit(boolean readOnly) {
					if (beforeCommit != null) {
						beforeCommit.accept(made);
					}
				}

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(key);
				}
			});
			value = made;
		}
		return value;
	}

}
