using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A call names a partial member by its declaring part, which has no body: a C# 13 partial indexer's or property's
/// accessor (<c>public partial string this[int index] { get; set; }</c>) or a partial method. The implementing part's
/// body is what runs, in whichever file it is, so it is what the call does. Corpus round 12's
/// <c>PartialIndexerWrapper</c>; the tests fail on the analyzers before (the declaring part's body-less accessor was
/// read, so the call did nothing).
/// </summary>
public sealed class PartialMemberBodyTests
{
    [Fact]
    public Task A_partial_indexer_implemented_in_another_file_that_writes_snapshot_data_is_reported() => Verifier.AnalyzeFilesAsync<SnapshotMutationAnalyzer>(
        """
        using System.Collections.Generic;

        namespace App;

        public sealed partial class Bucket(List<string> names)
        {
            private readonly List<string> _names = names;

            public partial string this[int index] { get; set; }

            public partial string First { get; set; }

            public partial string Last { get; }
        }
        """,
        """
        namespace App;

        public sealed partial class Bucket
        {
            public partial string this[int index]
            {
                get => _names[index];
                set => _names[index] = value;
            }

            public partial string First
            {
                get => _names[0];
                set => _names[0] = value;
            }

            public partial string Last => _names[^1];
        }
        """,
        """
        using System.Collections.Generic;
        using System.Linq;
        using Weft;

        namespace App;

        #pragma warning disable WEFT0001 // a mutable snapshot on purpose: the writes through it are the subject
        [ThreadLocalSlot]
        public sealed partial class Aliases
        {
            public List<string> Names { get; init; } = [];
        }
        #pragma warning restore WEFT0001

        public static class Cleanup
        {
            public static void Blank()
            {
                var bucket = new Bucket(Aliases.Current.Names);
                {|WEFT0003:bucket[0] = ""|};
            }

            public static void Rename() => {|WEFT0003:new Bucket(Aliases.Current.Names).First = "main"|};

            public static string Read() => new Bucket(Aliases.Current.Names)[0] + new Bucket(Aliases.Current.Names).Last;

            public static void Copy()
            {
                var bucket = new Bucket(Aliases.Current.Names.ToList());
                bucket[0] = "";
                bucket.First = "main";
            }
        }
        """);

    [Fact]
    public Task A_partial_method_that_writes_its_argument_after_a_publish_is_reported() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>("""
        using System.Collections.Generic;
        using Weft.Slots;
        namespace App;

        public static partial class Defaults
        {
            public static partial void Fill(List<string> into);

            public static partial int Count(List<string> of);
        }

        public static partial class Defaults
        {
            public static partial void Fill(List<string> into) => into.Add("default");

            public static partial int Count(List<string> of) => of.Count;
        }

        public static class Publisher
        {
            public static void Publish(Slot<List<string>> slot)
            {
                var names = new List<string>();
                Defaults.Fill(names);
                slot.Publish(names);
                _ = Defaults.Count(names);
                {|WEFT0002:Defaults.Fill(names)|};
            }
        }
        """);

    [Fact]
    public Task A_broadcast_value_a_partial_method_returns_is_judged_by_its_implementation() => Verifier.AnalyzeAsync<BroadcastArgumentAnalyzer>("""
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using System.Threading.Tasks;
        using Weft.Slots;
        namespace App;

        public sealed class Registry
        {
            internal readonly List<string> Names = ["a", "b"];
        }

        public sealed class Pending
        {
            public List<string> Names { get; } = [];
        }

        public static partial class Registries
        {
            public static partial IReadOnlyList<string> Snapshot(Registry registry);

            public static partial IReadOnlyList<string> View(Registry registry);
        }

        public static partial class Registries
        {
            public static partial IReadOnlyList<string> Snapshot(Registry registry) => registry.Names.ToImmutableArray();

            public static partial IReadOnlyList<string> View(Registry registry) => registry.Names;
        }

        public static class Sync
        {
            public static Task Push(Slot<Pending> slot, Registry registry) =>
                slot.RunOnAllThreadsAsync(static (pending, names) => pending.Names.AddRange(names), Registries.Snapshot(registry));

            public static Task PushView(Slot<Pending> slot, Registry registry) =>
                slot.RunOnAllThreadsAsync(static (pending, names) => pending.Names.AddRange(names), {|WEFT0007:Registries.View(registry)|});
        }
        """);
}
