using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A read-only delegate field is set only by its initializer or by its type's constructors, so what a constructor
/// assigns it (<c>_refill = c => ...;</c>) is what another method hands over when it reads the field: a callback run on
/// every worker that changes the instance's own field is reported inside the lambda, where it is written. Fails on the
/// engine before (only field initializers were consulted, so the constructor's lambda was never run at the hand-over).
/// </summary>
public sealed class ConstructorDelegateFieldTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Weft;
        using Weft.Slots;
        namespace App;

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Counter
        {
            public long Sent { get; set; }
        }

        """;

    [Fact]
    public Task A_lambda_a_constructor_keeps_in_a_readonly_field_and_another_method_runs_on_every_worker_is_reported() => Verifier.AnalyzeAsync<BroadcastArgumentAnalyzer>(Usings + """
        public sealed class Refiller
        {
            private int _refills;
            private readonly List<long> _seen = new();
            private readonly Action<Counter> _refill;
            private readonly Action<Counter> _collect;

            public Refiller()
            {
                _refill = c => { c.Sent = 0; {|WEFT0008:_refills++|}; };
                _collect = c => {|WEFT0008:_seen.Add(c.Sent)|};
            }

            public Task RefillAsync(WorkerPool pool) => Counter.UpdateAllAsync(pool, _refill);

            public Task CollectAsync(WorkerPool pool) => Counter.UpdateAllAsync(pool, _collect);
        }
        """);

    [Fact]
    public Task A_constructor_lambda_that_touches_only_its_worker_instance_is_quiet_and_other_fields_lambdas_are_not_mixed_in() => Verifier.AnalyzeAsync<BroadcastArgumentAnalyzer>(Usings + """
        public sealed class Refiller
        {
            private int _refills;
            private readonly Action<Counter> _reset;
            private readonly Action<Counter> _count;

            public Refiller(bool verbose)
            {
                _reset = verbose ? c => { c.Sent = 0; Console.WriteLine("reset"); } : c => c.Sent = 0;
                _count = c => _refills++;
            }

            public Task ResetAsync(WorkerPool pool) => Counter.UpdateAllAsync(pool, _reset);

            public int Refills => _refills;
        }
        """);
}
