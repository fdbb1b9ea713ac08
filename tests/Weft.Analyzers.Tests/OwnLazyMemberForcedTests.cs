using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A type's own <c>Lazy&lt;T&gt;</c> forced through its own property (<c>Batch =&gt; _batch.Value</c>) inside its own
/// <c>Task.Run</c>: the factory runs on the pool and reads <c>Current</c> there (WEFT0005 at the factory's read). Was
/// missed (corpus round 16, LazyBatchSizeOnPool): a call on the caller's own <c>this</c> was left to the type's own
/// bodies, which never saw the property read on another thread. Forced on the worker first, quiet.
/// </summary>
public sealed class OwnLazyMemberForcedTests
{
    private const string Limits = """
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Weft;
        namespace App;

        [ThreadLocalSlot]
        public sealed partial class JobLimits
        {
            public int MaxBatch { get; init; } = 64;
        }

        """;

    [Fact]
    public Task The_own_property_read_in_the_own_Task_Run_is_reported_in_the_factory() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Limits + """
        public sealed class BatchScheduler
        {
            private readonly Lazy<int> _batch = new(() => {|WEFT0005:JobLimits.Current|}.MaxBatch);

            public int Batch => _batch.Value;

            public Task<int> DrainAsync(IReadOnlyList<Func<Task>> jobs) =>
                Task.Run(async () =>
                {
                    int n = Math.Min(Batch, jobs.Count);
                    for (int i = 0; i < n; i++)
                        await jobs[i]();
                    return n;
                });
        }
        """);

    [Fact]
    public Task The_own_method_forcing_it_called_in_the_own_Task_Run_is_reported_in_the_factory() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Limits + """
        public sealed class BatchScheduler
        {
            private readonly Lazy<int> _batch;

            public BatchScheduler() => _batch = new Lazy<int>(() => {|WEFT0005:JobLimits.Current|}.MaxBatch);

            private int BatchFor(int jobs) => Math.Min(_batch.Value, jobs);

            public Task<int> CountAsync(int jobs) => Task.Run(() => BatchFor(jobs));
        }
        """);

    [Fact]
    public Task Forced_on_the_worker_and_only_the_number_sent_is_quiet() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Limits + """
        public sealed class BatchScheduler
        {
            private readonly Lazy<int> _batch = new(() => JobLimits.Current.MaxBatch);

            public int Batch => _batch.Value;

            public Task<int> DrainAsync(IReadOnlyList<Func<Task>> jobs)
            {
                int batch = Batch;
                return Task.Run(async () =>
                {
                    int n = Math.Min(batch, jobs.Count);
                    for (int i = 0; i < n; i++)
                        await jobs[i]();
                    return n;
                });
            }

            public int Now() => Batch;
        }
        """);
}
