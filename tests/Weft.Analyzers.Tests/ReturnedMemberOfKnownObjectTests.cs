using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A user type that keeps its constructor's argument in a field and hands it (or an element of it) back through a
/// computed property or a method (<c>Current => _orders[_index]</c>): called on an object built here over snapshot or
/// published data, the result is that data, so a write to it is WEFT0003/WEFT0002. Built over a copy, quiet. Fails on
/// the engine before, which gave such a result the wrapper's own memory, not what the caller put in it (corpus
/// SnapshotWrites/Round7 BookCursorStruct).
/// </summary>
public sealed class ReturnedMemberOfKnownObjectTests
{
    private const string Types = """
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using Weft;
        using Weft.Slots;
        namespace App;

        public sealed class Order
        {
            public long Remaining { get; set; }
        }

        public struct OrderCursor
        {
            private readonly ImmutableArray<Order> _orders;
            private int _index;

            public OrderCursor(ImmutableArray<Order> orders)
            {
                _orders = orders;
                _index = 0;
            }

            public Order? Current => _index < _orders.Length ? _orders[_index] : null;

            public void Next() => _index++;
        }

        public sealed class Bucket
        {
            private readonly List<string> _names;

            public Bucket(List<string> names) => _names = names;

            public List<string> Names => _names;

            public List<string> NamesList() => _names;
        }

        #pragma warning disable WEFT0001
        [ThreadLocalSlot]
        public sealed partial class Book
        {
            public ImmutableArray<Order> Orders { get; init; }

            public List<string> Names { get; init; } = new();
        }
        #pragma warning restore WEFT0001

        """;

    [Fact]
    public Task Elements_and_members_handed_back_by_a_wrapper_over_snapshot_data_are_reported() => Verifier.AnalyzeAsync<SnapshotMutationAnalyzer>(Types + """
        public static class Matcher
        {
            public static void Match(long quantity)
            {
                var cursor = new OrderCursor(Book.Current.Orders);
                while (cursor.Current is { } order)
                {
                    {|WEFT0003:order.Remaining -= quantity|};
                    cursor.Next();
                }

                var bucket = new Bucket(Book.Current.Names);
                {|WEFT0003:bucket.Names.Add("x")|};
                {|WEFT0003:bucket.NamesList().Clear()|};
            }
        }
        """);

    [Fact]
    public Task A_member_handed_back_by_a_wrapper_over_a_published_list_is_reported() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Types + """
        public sealed class NamePublisher(Slot<List<string>> slot)
        {
            public void Publish(List<string> names)
            {
                var bucket = new Bucket(names);
                slot.Publish(names);
                {|WEFT0002:bucket.Names.Add("late")|};
            }
        }
        """);

    [Fact]
    public Task Wrappers_over_copies_are_quiet() => Verifier.AnalyzeAsync<SnapshotMutationAnalyzer>(Types + """
        public static class Matcher
        {
            public static void Match(long quantity)
            {
                var cursor = new OrderCursor(ImmutableArray.Create(new Order { Remaining = quantity }));
                while (cursor.Current is { } order)
                {
                    order.Remaining -= quantity;
                    cursor.Next();
                }

                var bucket = new Bucket(new List<string>(Book.Current.Names));
                bucket.Names.Add("x");
                bucket.NamesList().Clear();
            }
        }
        """);
}
