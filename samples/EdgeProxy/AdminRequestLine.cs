using System;
using System.Text;

namespace EdgeProxy;

/// <summary>
/// An admin request's first line, gathered from the reads of one connection and bounded: a client cannot make the
/// admin buffer without limit. Fed on main's loop, read by read, until <see cref="IsDone"/>.
/// </summary>
internal sealed class AdminRequestLine
{
    /// <summary>The longest request line served (Envoy's admin and most servers allow about this much).</summary>
    public const int MaxLength = 8 * 1024;

    // The line, its CR and its LF: a LF found among the first Capacity bytes ends a line that is short enough.
    private const int Capacity = MaxLength + 2;

    private byte[] _buffer = new byte[128];
    private int _length;

    /// <summary>True once the line ended (LF or end of stream) or grew past the bound.</summary>
    public bool IsDone { get; private set; }

    /// <summary>Once done: the line without its CR LF ("" when the client closed before sending one); null when too long.</summary>
    public string? Line { get; private set; }

    /// <summary>Takes the bytes of one read; true once done (bytes after the line are not kept).</summary>
    public bool Append(ReadOnlySpan<byte> data)
    {
        if (IsDone)
        {
            return true;
        }

        int newline = data.IndexOf((byte)'\n');
        int take = newline >= 0 ? newline : data.Length;
        if (_length + take >= Capacity)
        {
            IsDone = true;
            Line = null;
            return true;
        }

        Store(data[..take]);
        if (newline >= 0)
        {
            Complete();
        }

        return IsDone;
    }

    /// <summary>The client ended its stream: what came so far is the line (as a server reads a request without LF).</summary>
    public void EndOfStream()
    {
        if (!IsDone)
        {
            Complete();
        }
    }

    private void Store(ReadOnlySpan<byte> bytes)
    {
        if (_length + bytes.Length > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Min(Capacity, Math.Max(_buffer.Length * 2, _length + bytes.Length)));
        }

        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    private void Complete()
    {
        IsDone = true;
        Line = Encoding.ASCII.GetString(_buffer, 0, _length).TrimEnd('\r');
    }
}
