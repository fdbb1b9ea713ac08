using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// Assigning a property with its own <c>set</c> accessor calls that accessor with the value: what the setter does to
/// its <c>value</c> (clears it, stores it, publishes it) happens at the assignment, as for a method given the value.
/// Fails on the engine before (an assignment was only a write into the property's object).
/// </summary>
public sealed class PropertySetterCallTests
{
    private const string Types = """
        using System.Collections.Generic;
        using Weft.Slots;
        namespace App;

        public sealed class Table
        {
            public List<string> Rows { get; } = new();
        }

        public sealed class Recycler
        {
            public Table Target { set => value.Rows.Clear(); }
        }

        public sealed class Viewer
        {
            private int _count;

            public Table Shown { set => _count = value.Rows.Count; }
        }

        """;

    [Fact]
    public Task A_published_object_given_to_a_setter_that_writes_it_is_reported() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Types + """
        public static class Publisher
        {
            public static void Swap(Slot<Table> slot, Table next)
            {
                slot.Publish(next);
                {|WEFT0002:new Recycler().Target = next|};
            }
        }
        """);

    [Fact]
    public Task Setters_that_only_read_their_value_or_run_before_the_publish_are_quiet() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Types + """
        public static class Publisher
        {
            public static void Swap(Slot<Table> slot, Table next, Viewer viewer)
            {
                new Recycler().Target = next;
                slot.Publish(next);
                viewer.Shown = next;
            }
        }
        """);
}
