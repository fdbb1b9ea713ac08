// An HTTP server precomputes its common response header block (status line, server, date, content-type) as bytes and
// publishes it to the workers through a Slot<byte[]>, refreshed every second by a timer on main. The refresher
// publishes the block and then stamps the new Date into it with Encoding.GetBytes into a span of the array: the
// span is a view of the published array and Encoding.GetBytes writes its destination (WEFT0002: any Span<T> parameter of a
// library method is a destination). The quiet twin stamps the date before the publish.
using System;
using System.Text;
using Weft.Slots;

namespace Corpus.PublishedWrites.R14.ResponseHeaderCacheDefect;

public sealed class ResponseHeaderCache
{
    private const string DatePlaceholder = "Thu, 01 Jan 1970 00:00:00 GMT";
    private readonly Slot<byte[]> _slot;
    private readonly string _server;
    private int _dateOffset = -1;
    private long _refreshes;

    public ResponseHeaderCache(Slot<byte[]> slot, string server)
    {
        _slot = slot;
        _server = server;
    }

    public long Refreshes => _refreshes;

    public void Refresh(DateTimeOffset now, string contentType)
    {
        var prefix = $"HTTP/1.1 200 OK\r\nServer: {_server}\r\nDate: ";
        var text = prefix + DatePlaceholder + $"\r\nContent-Type: {contentType}\r\n";
        var block = Encoding.ASCII.GetBytes(text);
        _dateOffset = Encoding.ASCII.GetByteCount(prefix);

        _slot.Publish(block);
        Span<char> date = stackalloc char[DatePlaceholder.Length];
        if (now.ToUniversalTime().TryFormat(date, out int written, "R"))
        {
            Encoding.ASCII.GetBytes(date[..written], block.AsSpan(_dateOffset)); // expect: WEFT0002
        }

        _refreshes++;
    }
}
