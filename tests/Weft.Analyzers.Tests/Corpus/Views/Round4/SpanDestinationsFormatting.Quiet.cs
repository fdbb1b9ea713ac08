// Quiet twin of SpanDestinationsFormatting: the published buffers are only SOURCES (ReadOnlySpan<T> parameters:
// int.Parse, BitConverter.ToInt32, new Guid(ReadOnlySpan<byte>), Convert.ToBase64String, SequenceEqual); the formatting
// writes go into stack buffers owned by the method. A precise fix for F1 keeps these quiet.
using System;
using Weft;
using Weft.Slots;

namespace Corpus.Round4.SpanDestinationsFormattingQuiet;

public sealed class StatusLine
{
    private readonly Slot<char[]> _text;
    private readonly Slot<byte[]> _bytes;

    public StatusLine(WorkerPool pool)
    {
        _text = pool.AllocateSlot<char[]>();
        _bytes = pool.AllocateSlot<byte[]>();
    }

    public string Publish(char[] line, byte[] id, int status, Guid request)
    {
        _text.Publish(line);
        _bytes.Publish(id);
        int code = int.Parse(line.AsSpan(9, 3));
        int head = BitConverter.ToInt32(id.AsSpan(0, 4));
        var fromBytes = new Guid(id.AsSpan(0, 16));
        string encoded = Convert.ToBase64String(id);
        bool same = line.AsSpan(0, 8).SequenceEqual("HTTP/1.1");
        Span<char> digits = stackalloc char[11];
        status.TryFormat(digits, out int written);
        Span<byte> raw = stackalloc byte[16];
        request.TryWriteBytes(raw);
        return $"{code}{head}{fromBytes}{encoded}{same}{digits[..written].ToString()}{raw[0]}";
    }
}
