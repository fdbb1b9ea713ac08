using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// docs/rules/WEFT0002.md: writes to a published field's object are reported in any method of the type, constructors
/// excepted (they build before anything can publish). A lambda the constructor registers on a timer runs later, maybe
/// after the publish, so it is not the constructor; a lambda the constructor runs in place is. Fails on the engine
/// before this rule (the timer handler's write was exempt as constructor code).
/// </summary>
public sealed class ConstructorLambdaTests
{
    [Fact]
    public Task A_timer_handler_registered_in_the_constructor_writing_a_published_field_is_reported() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>("""
        using System;
        using System.Collections.Generic;
        using Weft;
        using Weft.Slots;
        namespace App;

        public sealed class Limits
        {
            public int Max;
        }

        public sealed class LimitsPublisher : IDisposable
        {
            private readonly Limits _limits = new();
            private readonly Slot<Limits> _slot;
            private readonly System.Timers.Timer _timer = new(1000);

            public LimitsPublisher(WorkerPool pool, List<int> seeds)
            {
                _slot = pool.AllocateSlot<Limits>();
                _limits.Max = 10;
                seeds.ForEach(seed => _limits.Max += seed);
                _timer.Elapsed += (_, _) => {|WEFT0002:_limits.Max++|};
            }

            public void Publish() => _slot.Publish(_limits);

            public void Dispose() => _timer.Dispose();
        }
        """);
}
