using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A field is published state for the type's other methods only while some publishing method can leave the published
/// object in it. One that replaces it after the publish on every path (<c>finally { _pending = new(); }</c>, or a
/// plain assignment after the publish) hands the next caller a new object: writing that in another method, or above
/// the publish on the next call, changes nothing a worker reads. Replaced on one path only, the published object may
/// stay: still reported. Failed before on the engine, which made the field published state whatever followed the
/// publish (corpus round 14's doc gap 4).
/// </summary>
public sealed class PublishedFieldReplacedTests
{
    private const string Usings = """
        using System.Collections.Generic;
        using Weft.Slots;
        namespace App;

        """;

    [Fact]
    public Task A_field_replaced_after_the_publish_on_every_path_is_not_published_state_for_the_other_methods() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Usings + """
        public sealed class Batcher
        {
            private List<string> _pending = new();
            private List<string> _names = new();

            public void Flush(Slot<List<string>> slot)
            {
                try
                {
                    slot.Publish(_pending);
                }
                finally
                {
                    _pending = new();
                }
            }

            public void Commit(Slot<List<string>> slot)
            {
                _names.Sort();
                slot.Publish(_names);
                _names = new List<string>(_names);
            }

            public void Add(string name) => _pending.Add(name);

            public void Rename(string name) => _names.Add(name);
        }
        """);

    [Fact]
    public Task A_field_kept_or_replaced_on_one_path_only_is_still_published_state() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Usings + """
        public sealed class Batcher
        {
            private List<string> _pending = new();
            private List<string> _names = new();

            public void Flush(Slot<List<string>> slot)
            {
                slot.Publish(_pending);
            }

            public void Commit(Slot<List<string>> slot, bool copy)
            {
                slot.Publish(_names);
                if (copy)
                {
                    _names = new List<string>(_names);
                }
            }

            public void Add(string name) => {|WEFT0002:_pending.Add(name)|};

            public void Rename(string name) => {|WEFT0002:_names.Add(name)|};
        }
        """);

    [Fact]
    public Task A_published_buffer_swapped_into_another_field_makes_both_fields_published_state() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Usings + """
        public sealed class DoubleBuffer
        {
            private List<string> _front = new();
            private List<string> _back = new();

            public void Replace(Slot<List<string>> slot, IEnumerable<string> hosts)
            {
                {|WEFT0002:_back.Clear()|};
                {|WEFT0002:_back.AddRange(hosts)|};
                slot.Publish(_back);
                var published = _back;
                _back = _front;
                _front = published;
            }

            public void Touch() => {|WEFT0002:_front.Add("x")|};
        }
        """);
}
