using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A <c>Lazy&lt;T&gt;</c> another object keeps in a member, forced through that object's property (<c>Batch =>
/// _batch.Value</c>) where the caller runs (corpus round 10 cause 4): its factory runs there. The factory a field
/// initializer gives every instance reads <c>Current</c> off the loop when the property is read in <c>Task.Run</c>
/// (WEFT0005, at the read in the factory); one a constructor built over worker state the caller passed takes that state
/// to the pool (WEFT0004, where the property is read). Forced on the loop, or built over a copy, quiet. Each defect
/// test fails on the engine before (the property's getter did not know the factory of a Lazy it did not make, and
/// its callers did not know what it forces).
/// </summary>
public sealed class LazyMemberForcedTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;
        using Weft;
        using Weft.Slots;
        namespace App;

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Limits
        {
            public int MaxBatch { get; set; } = 16;
        }

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Journal
        {
            public List<string> Entries { get; } = new();
        }

        public sealed class Settings
        {
            private readonly Lazy<int> _batch = new(() => {|#0:Limits.Current|}.MaxBatch);

            public int Batch => _batch.Value;
        }

        public sealed class Report
        {
            private readonly Lazy<string> _summary;

            public Report(List<string> entries) => _summary = new Lazy<string>(() =>
            {
                entries.Sort(StringComparer.Ordinal);
                return string.Join(",", entries);
            });

            public string Summary => _summary.Value;
        }

        """;

    [Fact]
    public Task A_lazy_setting_whose_factory_reads_Current_forced_through_a_property_in_Task_Run_is_reported_in_the_factory() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(
        (Usings + """
        public static class Batching
        {
            public static Task<int> Run(Settings settings) => Task.Run(() => settings.Batch * 2);
        }
        """).Replace("{|#0:Limits.Current|}", "{|WEFT0005:Limits.Current|}"));

    [Fact]
    public Task A_lazy_setting_forced_on_the_loop_and_only_its_number_sent_to_the_pool_is_quiet() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(
        (Usings + """
        public static class Batching
        {
            public static Task<int> Run(Settings settings)
            {
                int batch = settings.Batch;
                return Task.Run(() => batch * 2);
            }
        }
        """).Replace("{|#0:Limits.Current|}", "Limits.Current"));

    [Fact]
    public Task A_lazy_summary_a_constructor_built_over_worker_state_forced_in_Task_Run_is_reported_where_it_is_forced() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(
        (Usings + """
        public static class Reports
        {
            public static Task<string> Summarize()
            {
                var report = new Report(Journal.Current.Entries);
                return Task.Run(() => {|WEFT0004:report.Summary|});
            }

            public static Task<string> SummarizeCopy()
            {
                var report = new Report(Journal.Current.Entries.ToList());
                return Task.Run(() => report.Summary);
            }

            public static string SummarizeHere() => new Report(Journal.Current.Entries).Summary;
        }
        """).Replace("{|#0:Limits.Current|}", "Limits.Current"));
}
