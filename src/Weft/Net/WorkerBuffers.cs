using System;
using System.Collections.Generic;

namespace Weft.Net;

/// <summary>
/// The buffers of the loop running on this thread: one read buffer shared by every connection of the loop (a read
/// is consumed inside its callback) and a pool of fixed-size chunks for bytes waiting to be sent. Per thread, so per
/// worker: no lock, and no allocation per read or write once the pool is warm.
/// </summary>
internal sealed class WorkerBuffers
{
    public const int ReadBufferSize = 64 << 10;
    public const int ChunkSize = 16 << 10;
    private const int MaxPooledChunks = 1024;

    [ThreadStatic]
    private static WorkerBuffers? t_current;

    private readonly Stack<byte[]> _chunks = new();

    public static WorkerBuffers Current => t_current ??= new WorkerBuffers();

    public byte[] ReadBuffer { get; } = new byte[ReadBufferSize];

    public byte[] RentChunk() => _chunks.Count != 0 ? _chunks.Pop() : new byte[ChunkSize];

    public void ReturnChunk(byte[] chunk)
    {
        if (_chunks.Count < MaxPooledChunks)
        {
            _chunks.Push(chunk);
        }
    }
}

/// <summary>Bytes waiting to be sent: a queue of pooled chunks, filled at the tail and sent from the head.</summary>
internal sealed class SendBuffer
{
    private readonly Queue<byte[]> _chunks = new();
    private byte[]? _tail;
    private int _tailLength;
    private int _headOffset;

    public long Length { get; private set; }

    public void Append(ReadOnlySpan<byte> data, WorkerBuffers buffers)
    {
        while (!data.IsEmpty)
        {
            if (_tail is null || _tailLength == _tail.Length)
            {
                _tail = buffers.RentChunk();
                _tailLength = 0;
                _chunks.Enqueue(_tail);
            }

            int take = Math.Min(data.Length, _tail.Length - _tailLength);
            data[..take].CopyTo(_tail.AsSpan(_tailLength));
            _tailLength += take;
            Length += take;
            data = data[take..];
        }
    }

    /// <summary>The bytes at the head, contiguous (one chunk's worth at most).</summary>
    public ReadOnlySpan<byte> Head
    {
        get
        {
            if (!_chunks.TryPeek(out byte[]? head))
            {
                return ReadOnlySpan<byte>.Empty;
            }

            int end = ReferenceEquals(head, _tail) ? _tailLength : head.Length;
            return head.AsSpan(_headOffset, end - _headOffset);
        }
    }

    public void Consume(int count, WorkerBuffers buffers)
    {
        Length -= count;
        _headOffset += count;
        byte[] head = _chunks.Peek();
        int end = ReferenceEquals(head, _tail) ? _tailLength : head.Length;
        if (_headOffset == end)
        {
            _chunks.Dequeue();
            _headOffset = 0;
            if (ReferenceEquals(head, _tail))
            {
                _tail = null;
                _tailLength = 0;
            }

            buffers.ReturnChunk(head);
        }
    }

    public void Clear(WorkerBuffers buffers)
    {
        while (_chunks.TryDequeue(out byte[]? chunk))
        {
            buffers.ReturnChunk(chunk);
        }

        _tail = null;
        _tailLength = 0;
        _headOffset = 0;
        Length = 0;
    }
}
