using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A read-only table of delegates that its own type's methods fill (by index, or with <c>Add</c>) holds those delegates
/// wherever it is read back: a per-worker type that stores jobs in one method and runs them with <c>Task.Run</c> in
/// another changes its own fields on the pool, reported at the call in the job's lambda. Run in place on the loop, the same jobs are
/// quiet. Fails on the engine before (only the table's initializer and constructors were known to fill it).
/// </summary>
public sealed class OwnDelegateTableStoreTests
{
    private const string Table = """
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Weft;
        namespace App;

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class PeerTable
        {
            private readonly Dictionary<string, DateTime> _lastSeen = new(StringComparer.Ordinal);
            private readonly Dictionary<string, Func<Task>> _jobs = new(StringComparer.Ordinal);
            private readonly List<Action> _tasks = new();

            private Task Expire(DateTime cutoff)
            {
                _lastSeen.Clear();
                return Task.CompletedTask;
            }

            private void Forget() => _lastSeen.Remove("gone");

        """;

    [Fact]
    public Task Jobs_stored_by_one_method_and_run_on_the_pool_by_another_are_reported_where_they_are_made() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Table + """
            public void Schedule(string name, TimeSpan maxAge) =>
                _jobs[name] = () => {|WEFT0004:Expire(DateTime.UtcNow - maxAge)|};

            public void Later() => _tasks.Add(() => {|WEFT0004:Forget()|});

            public async Task RunJobsAsync()
            {
                foreach (var (_, job) in _jobs)
                {
                    await Task.Run(job);
                }

                foreach (Action task in _tasks)
                {
                    _ = Task.Run(task);
                }
            }
        }
        """);

    [Fact]
    public Task The_same_jobs_run_in_place_on_the_loop_are_quiet() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Table + """
            public void Schedule(string name, TimeSpan maxAge) =>
                _jobs[name] = () => Expire(DateTime.UtcNow - maxAge);

            public void Later() => _tasks.Add(() => Forget());

            public async Task RunJobsAsync()
            {
                foreach (var (_, job) in _jobs)
                {
                    await job();
                }

                _tasks.RemoveAll(task => task is null);
                foreach (Action task in _tasks)
                {
                    task();
                }
            }
        }
        """);
}
