using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A lambda a constructor stores instead of calling (added to an event, assigned to a delegate field) runs later,
/// when the event is raised or the field invoked: maybe after a publish of a field it writes, so its write to that
/// published field is WEFT0002 (the constructor's exemption covers only what runs while it builds). A lambda run in
/// place by the constructor (<c>seed.ForEach(…)</c>) still builds before anything is published. Fails on the engine
/// before, which took every lambda in a constructor that stays on its thread for construction code (corpus
/// PublishedWrites/Round7 SymbolListFeedEvent).
/// </summary>
public sealed class ConstructorStoredHandlerTests
{
    private const string Types = """
        using System;
        using System.Collections.Generic;
        using Weft.Slots;
        namespace App;

        public sealed class Feed
        {
            public event Action<string>? Added;

            public void Raise(string symbol) => Added?.Invoke(symbol);
        }

        """;

    [Fact]
    public Task Handlers_a_constructor_stores_that_write_a_published_field_are_reported() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Types + """
        public sealed class Symbols
        {
            private readonly Slot<List<string>> _slot;
            private readonly List<string> _symbols = new();
            private readonly Action _onTick;

            public Symbols(Slot<List<string>> slot, Feed feed)
            {
                _slot = slot;
                feed.Added += symbol =>
                {
                    {|WEFT0002:_symbols.Add(symbol)|};
                    _slot.Publish(_symbols);
                };
                _onTick = () => {|WEFT0002:_symbols.Clear()|};
            }

            public void Tick() => _onTick();

            public void Publish() => _slot.Publish(_symbols);
        }
        """);

    [Fact]
    public Task Lambdas_a_constructor_runs_in_place_are_construction_and_quiet() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Types + """
        public sealed class Symbols
        {
            private readonly Slot<List<string>> _slot;
            private readonly List<string> _symbols = new();

            public Symbols(Slot<List<string>> slot, List<string> seed)
            {
                _slot = slot;
                seed.ForEach(s => _symbols.Add(s));
                Action fill = () => _symbols.Add("default");
                fill();
            }

            public void Publish() => _slot.Publish(_symbols);
        }
        """);
}
