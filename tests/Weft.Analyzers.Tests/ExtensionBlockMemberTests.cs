using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// Members of a C# 14 extension block (<c>extension(T receiver) { … }</c>) are the user's own helpers: an instance
/// method, a property's getter or setter, a static member. They are followed as a classic <c>this</c> extension method
/// is: what the body writes through the receiver or a parameter, what it returns of the receiver's memory, what it
/// hands on. Each test holds the classic spelling beside the block's, reported alike. Corpus round 12's extension
/// cases; the block halves fail on the analyzers before (the receiver, a parameter of the extension block rather than
/// of the member, pointed at nothing in the member's summary).
/// </summary>
public sealed class ExtensionBlockMemberTests
{
    [Fact]
    public Task Extension_members_that_write_a_snapshot_through_their_receiver_are_reported() => Verifier.AnalyzeAsync<SnapshotMutationAnalyzer>("""
        using System.Collections.Generic;
        using System.Linq;
        using Weft;
        namespace App;

        #pragma warning disable WEFT0001 // a mutable snapshot on purpose: the writes through it are the subject
        [ThreadLocalSlot]
        public sealed partial class Catalog
        {
            public List<string> Items { get; init; } = [];
        }
        #pragma warning restore WEFT0001

        public static class CatalogExtensions
        {
            extension(Catalog catalog)
            {
                public void AddItem(string item) => catalog.Items.Add(item);
                public bool Has(string item) => catalog.Items.Contains(item);
                public List<string> Editable => catalog.Items;
                public List<string> Copy => catalog.Items.ToList();
                public int Size
                {
                    get => catalog.Items.Count;
                    set => catalog.Items.RemoveRange(value, catalog.Items.Count - value);
                }
            }

            public static void AddClassic(this Catalog catalog, string item) => catalog.Items.Add(item);
        }

        public static class Shop
        {
            public static void AddClassic(string item) => {|WEFT0003:Catalog.Current.AddClassic(item)|};
            public static void Add(string item) => {|WEFT0003:Catalog.Current.AddItem(item)|};
            public static void Edit(string item) => {|WEFT0003:Catalog.Current.Editable.Add(item)|};
            public static void Trim() => {|WEFT0003:Catalog.Current.Size = 1|};

            public static bool Has(string item) => Catalog.Current.Has(item);
            public static void EditCopy(string item) => Catalog.Current.Copy.Add(item);
            public static int Size() => Catalog.Current.Size;
        }
        """);

    [Fact]
    public Task Extension_members_that_write_a_published_receiver_or_argument_are_reported() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>("""
        using System.Collections.Generic;
        using Weft.Slots;
        namespace App;

        public sealed class Backends
        {
            public List<string> Names { get; } = [];
        }

        public static class BackendExtensions
        {
            extension(Backends backends)
            {
                public void AddFallback() => backends.Names.Add("fallback");
                public void CopyInto(List<string> target) => target.AddRange(backends.Names);
                public int Count => backends.Names.Count;
            }

            extension(List<string>)
            {
                public static void Fill(List<string> into) => into.Add("default");
            }

            public static void AddFallbackClassic(this Backends backends) => backends.Names.Add("fallback");
        }

        public static class Publisher
        {
            public static void Classic(Slot<Backends> slot)
            {
                var backends = new Backends();
                slot.Publish(backends);
                {|WEFT0002:backends.AddFallbackClassic()|};
            }

            public static void Receiver(Slot<Backends> slot)
            {
                var backends = new Backends();
                slot.Publish(backends);
                {|WEFT0002:backends.AddFallback()|};
            }

            public static void ImplementationMethod(Slot<Backends> slot)
            {
                var backends = new Backends();
                slot.Publish(backends);
                {|WEFT0002:BackendExtensions.AddFallback(backends)|};
            }

            public static void Argument(Slot<List<string>> slot, Backends backends)
            {
                var names = new List<string>();
                slot.Publish(names);
                {|WEFT0002:backends.CopyInto(names)|};
            }

            public static void StaticMember(Slot<List<string>> slot)
            {
                var names = new List<string>();
                slot.Publish(names);
                {|WEFT0002:List<string>.Fill(names)|};
            }

            public static int Quiet(Slot<Backends> slot, List<string> other)
            {
                var backends = new Backends();
                backends.AddFallback();
                slot.Publish(backends);
                backends.CopyInto(other);
                return backends.Count;
            }
        }
        """);

    [Fact]
    public Task An_extension_member_that_adds_to_a_static_list_from_a_posted_callback_is_reported() => Verifier.AnalyzeAsync<StaticMutationAnalyzer>("""
        using System.Collections.Generic;
        using Weft;
        using Weft.Threading;
        namespace App;

        public static class ListExtensions
        {
            extension(List<string> list)
            {
                public void AddUnique(string item)
                {
                    if (!list.Contains(item))
                    {
                        list.Add(item);
                    }
                }

                public bool Knows(string item) => list.Contains(item);
            }
        }

        public static class Hosts
        {
            private static readonly List<string> s_seen = [];

            public static void Post(Dispatcher worker, string host) =>
                worker.Post(() => {|WEFT0006:s_seen.AddUnique(host)|});

            public static void Read(Dispatcher worker, string host) =>
                worker.Post(() => s_seen.Knows(host));
        }
        """);

    [Fact]
    public Task An_extension_member_that_adds_to_a_captured_list_on_every_worker_is_reported() => Verifier.AnalyzeAsync<BroadcastArgumentAnalyzer>("""
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Weft;
        namespace App;

        public static class ListExtensions
        {
            extension(List<string> list)
            {
                public void Track(string name) => list.Add(name);
                public bool Knows(string name) => list.Contains(name);
            }
        }

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Identity
        {
            public string Name { get; } = "w";
        }

        public static class Roll
        {
            public static async Task<List<string>> Names(WorkerPool pool)
            {
                List<string> names = [];
                await Identity.UpdateAllAsync(pool, id => {|WEFT0008:names.Track(id.Name)|});
                return names;
            }

            public static async Task<bool> Known(WorkerPool pool)
            {
                List<string> names = ["w"];
                bool known = true;
                await Identity.UpdateAllAsync(pool, id => _ = names.Knows(id.Name));
                return known;
            }
        }
        """);

    [Fact]
    public Task An_extension_property_broadcast_is_judged_by_what_its_getter_returns() => Verifier.AnalyzeAsync<BroadcastArgumentAnalyzer>("""
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

        public static class RegistryExtensions
        {
            extension(Registry registry)
            {
                public IReadOnlyList<string> View => registry.Names;
                public IReadOnlyList<string> Snapshot => registry.Names.ToImmutableArray();
                public IReadOnlyList<string> Frozen
                {
                    get
                    {
                        if (registry.Names.Count == 0)
                        {
                            return ImmutableArray<string>.Empty;
                        }

                        return registry.Names.ToImmutableArray();
                    }
                }
            }
        }

        public static class Sync
        {
            public static Task Push(Slot<Pending> slot, Registry registry) =>
                slot.RunOnAllThreadsAsync(static (pending, names) => pending.Names.AddRange(names), {|WEFT0007:registry.View|});

            public static Task PushCopy(Slot<Pending> slot, Registry registry) =>
                slot.RunOnAllThreadsAsync(static (pending, names) => pending.Names.AddRange(names), registry.Snapshot);

            public static Task PushFrozen(Slot<Pending> slot, Registry registry) =>
                slot.RunOnAllThreadsAsync(static (pending, names) => pending.Names.AddRange(names), registry.Frozen);
        }
        """);
}
