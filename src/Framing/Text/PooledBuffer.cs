using System.Buffers;

namespace Framing.Text;

/// <summary>
/// A growable buffer on arrays rented from <see cref="ArrayPool{T}.Shared"/>: a document's tokens or quotations are
/// gathered here and copied once into an exact-size array. Growing a fresh list instead writes every element about
/// three times into new memory, and on a multi-megabyte article that new memory costs a page fault per 4 KB.
/// Not thread-safe; dispose to return the array.
/// </summary>
internal sealed class PooledBuffer<T> : IDisposable
{
    private T[] _items;

    public PooledBuffer(int capacity) => _items = ArrayPool<T>.Shared.Rent(Math.Max(16, capacity));

    public int Count { get; private set; }

    public void Add(T item)
    {
        if (Count == _items.Length) Grow();
        _items[Count++] = item;
    }

    /// <summary>The items added so far.</summary>
    public Span<T> AsSpan() => _items.AsSpan(0, Count);

    public T[] ToArray() => Count == 0 ? [] : AsSpan().ToArray();

    /// <summary>Hands the rented array (its first <see cref="Count"/> items are the buffer's) to the caller, who returns it to the pool; the buffer is empty afterwards.</summary>
    public T[] Detach()
    {
        var items = _items;
        _items = [];
        Count = 0;
        return items;
    }

    private void Grow()
    {
        var bigger = ArrayPool<T>.Shared.Rent(_items.Length * 2);
        AsSpan().CopyTo(bigger);
        ArrayPool<T>.Shared.Return(_items);
        _items = bigger;
    }

    public void Dispose()
    {
        var items = _items;
        _items = [];
        Count = 0;
        if (items.Length > 0) ArrayPool<T>.Shared.Return(items);
    }
}
