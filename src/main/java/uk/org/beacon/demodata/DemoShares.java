package uk.org.beacon.demodata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * How the demo shares a large authority's work between threads. A share is a slice of the children
 * (or of a phase's cases, by the child's identifier) worked on its own thread with its own random
 * stream. Caps set for the whole authority are divided between the shares, and the demo accounts'
 * own cases (the demo social worker's drafts, the transfers in progress…) come from the first share
 * only, so an authority built on four threads has the make-up of one built on one. One thread is one
 * share, the whole, worked on the caller's thread with the caller's random stream: exactly as the
 * demo was built before it had shares (the small authority is always built so).
 * <p>
 * Each share's thread works as one long demo "request": who the signed-in member of staff is, is
 * looked up once per user and remembered ({@code identity.CurrentStaff} keeps it for the request),
 * rather than on every call, as a real request would.
 */
final class DemoShares {

    /** One slice of the work: the {@code index}th of {@code of}. */
    record Share(int index, int of) {

        static final Share WHOLE = new Share(0, 1);

        boolean whole() {
            return of == 1;
        }

        /** The first share also builds what the demo accounts see as their own. */
        boolean first() {
            return index == 0;
        }

        /** This share's part of a number set for the whole authority (the parts add up to it). */
        int cap(int forTheWhole) {
            return forTheWhole / of + (index < forTheWhole % of ? 1 : 0);
        }

        /** Every {@code of}th item, from this share's index. */
        <T> List<T> mine(List<T> items) {
            if (whole()) {
                return items;
            }
            List<T> mine = new ArrayList<>(items.size() / of + 1);
            for (int i = index; i < items.size(); i += of) {
                mine.add(items.get(i));
            }
            return mine;
        }

        /** Whether a child (or case) belongs to this share, by its identifier: the same answer whenever asked. */
        boolean mine(UUID id) {
            return whole() || Math.floorMod(id.hashCode(), of) == index;
        }
    }

    private DemoShares() {}

    /**
     * Runs {@code work} once per share, each on its own thread as the caller's signed-in user, and
     * returns the results in share order; with one thread, runs it as the whole on this thread with
     * {@code random} itself. Each share's random stream is seeded from {@code random}, so the same
     * seed builds the same shares. The first failure is thrown once every share has stopped.
     */
    static <R> List<R> run(int threads, Random random, BiFunction<Share, Random, R> work) {
        if (threads <= 1) {
            return List.of(asOneRequest(() -> work.apply(Share.WHOLE, random)));
        }
        long base = random.nextLong();
        SecurityContext caller = SecurityContextHolder.getContext();
        AtomicInteger names = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "demo-share-" + names.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Share share = new Share(i, threads);
                Random own = new Random(base + 1_000_003L * i);
                futures.add(pool.submit(() -> {
                    SecurityContext context = SecurityContextHolder.createEmptyContext();
                    context.setAuthentication(caller.getAuthentication());
                    SecurityContextHolder.setContext(context);
                    try {
                        return asOneRequest(() -> work.apply(share, own));
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            List<R> results = new ArrayList<>();
            RuntimeException failure = null;
            for (Future<R> f : futures) {
                try {
                    results.add(f.get());
                } catch (ExecutionException e) {
                    failure = failure != null ? failure
                            : e.getCause() instanceof RuntimeException re ? re : new IllegalStateException("A demo share failed", e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failure = new IllegalStateException("Interrupted while the demo was being built", e);
                }
            }
            if (failure != null) {
                throw failure;
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The sum of the shares' counts. */
    static int sum(List<Integer> counts) {
        return counts.stream().mapToInt(Integer::intValue).sum();
    }

    private static <R> R asOneRequest(java.util.function.Supplier<R> work) {
        RequestAttributes previous = RequestContextHolder.getRequestAttributes();
        RequestContextHolder.setRequestAttributes(new DemoRequest());
        try {
            return work.get();
        } finally {
            RequestContextHolder.setRequestAttributes(previous);
        }
    }

    /** The attributes of a demo "request": a map, for the request scope only. */
    private static final class DemoRequest implements RequestAttributes {

        private final Map<String, Object> attributes = new HashMap<>();

        @Override
        public Object getAttribute(String name, int scope) {
            return scope == SCOPE_REQUEST ? attributes.get(name) : null;
        }

        @Override
        public void setAttribute(String name, Object value, int scope) {
            if (scope == SCOPE_REQUEST) {
                attributes.put(name, value);
            }
        }

        @Override
        public void removeAttribute(String name, int scope) {
            if (scope == SCOPE_REQUEST) {
                attributes.remove(name);
            }
        }

        @Override
        public String[] getAttributeNames(int scope) {
            return scope == SCOPE_REQUEST ? attributes.keySet().toArray(String[]::new) : new String[0];
        }

        @Override
        public void registerDestructionCallback(String name, Runnable callback, int scope) {
            // nothing to destroy: the demo request ends with its share
        }

        @Override
        public Object resolveReference(String key) {
            return null;
        }

        @Override
        public String getSessionId() {
            return "demo";
        }

        @Override
        public Object getSessionMutex() {
            return this;
        }
    }
}
