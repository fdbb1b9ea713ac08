// Quiet twin of BookCursorStruct: fills are tracked in the worker's dictionary, the orders are only read.
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.BookCursorStruct;

public sealed class RestingOrder
{
    public required long Id { get; init; }
    public long Remaining { get; set; }
}

[ThreadLocalSlot]
public sealed partial class RestingBook
{
    public ImmutableArray<RestingOrder> Orders { get; init; } // expect: WEFT0001
}

public struct BookCursor
{
    private readonly ImmutableArray<RestingOrder> _orders;
    private int _index;

    public BookCursor(ImmutableArray<RestingOrder> orders)
    {
        _orders = orders;
        _index = 0;
    }

    public RestingOrder? Current => _index < _orders.Length ? _orders[_index] : null;

    public void Next() => _index++;
}

public sealed class Matcher
{
    private readonly Dictionary<long, long> _filled = new();

    public long Match(long quantity)
    {
        var cursor = new BookCursor(RestingBook.Current.Orders);
        long matched = 0;
        while (quantity > 0 && cursor.Current is { } order)
        {
            long left = order.Remaining - _filled.GetValueOrDefault(order.Id);
            long take = left < quantity ? left : quantity;
            _filled[order.Id] = _filled.GetValueOrDefault(order.Id) + take;
            quantity -= take;
            matched += take;
            cursor.Next();
        }

        return matched;
    }

    public long Filled(long id) => _filled.GetValueOrDefault(id);
}
