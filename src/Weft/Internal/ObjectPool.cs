using System;

namespace Weft.Internal;

/// <summary>
/// A bounded, lock-free pool: rented on any thread, returned on any thread. When empty, a new object is built; when
/// full, a returned object is left to the garbage collector. Steady-state traffic therefore allocates nothing.
/// </summary>
internal sealed class ObjectPool<T>
    where T : class
{
    private readonly RingSegment<T> _items;
    private readonly Func<T> _factory;

    public ObjectPool(Func<T> factory, int capacity = 1024)
    {
        _factory = factory;
        _items = new RingSegment<T>(capacity);
    }

    public T Rent() => _items.TryDequeueMultiConsumer(out T? item) ? item : _factory();

    public void Return(T item) => _items.TryEnqueue(item);
}
