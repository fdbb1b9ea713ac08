using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A virtual or abstract property read through a base-typed reference runs the object's override: when an override
/// hands out its type's internals, what the caller writes through the result is that object's memory (a snapshot's
/// list, cast back from <c>IReadOnlyList&lt;T&gt;</c>). <c>base.X</c> runs the base getter only. Fails on the engine
/// before, which applied the base getter's summary alone (corpus SnapshotWrites/Round5 UserAccessorsReturnInternals).
/// </summary>
public sealed class VirtualPropertyDispatchTests
{
    private const string Types = """
        using System.Collections.Generic;
        using Weft;
        namespace App;

        public abstract class NamedBase
        {
            public virtual IReadOnlyList<string> Names => new List<string>();
        }

        public abstract class Tagged
        {
            public abstract List<string> Tags { get; }
        }

        public class Counted
        {
            public virtual List<int> Counts => new List<int>();
        }

        public class Middle : Counted
        {
        }

        """;

    [Fact]
    public Task An_override_handing_out_a_snapshots_list_is_written_through_the_base_property() => Verifier.AnalyzeAsync<SnapshotMutationAnalyzer>(Types + """
        #pragma warning disable WEFT0001
        [ThreadLocalSlot]
        public sealed partial class Zones : NamedBase
        {
            private readonly List<string> _names = new();

            public override IReadOnlyList<string> Names => _names;
        }

        [ThreadLocalSlot]
        public sealed partial class Deep : Middle
        {
            private readonly List<int> _counts = new();

            public override List<int> Counts => _counts;
        }
        #pragma warning restore WEFT0001

        public static class Worker
        {
            public static void Assign(string zone)
            {
                NamedBase named = Zones.Current;
                {|WEFT0003:((List<string>)named.Names).Add(zone)|};
                Counted counted = Deep.Current;
                {|WEFT0003:counted.Counts.Add(1)|};
            }
        }
        """);

    [Fact]
    public Task Overrides_returning_copies_and_base_reads_are_quiet() => Verifier.AnalyzeAsync<SnapshotMutationAnalyzer>(Types + """
        #pragma warning disable WEFT0001
        [ThreadLocalSlot]
        public sealed partial class Zones : NamedBase
        {
            private readonly List<string> _names = new();

            public override IReadOnlyList<string> Names => new List<string>(_names);

            public List<string> Fallback() => (List<string>)base.Names;
        }
        #pragma warning restore WEFT0001

        public static class Worker
        {
            public static void Assign(string zone)
            {
                NamedBase named = Zones.Current;
                ((List<string>)named.Names).Add(zone);
                Zones.Current.Fallback().Add(zone);
            }
        }
        """);
}
