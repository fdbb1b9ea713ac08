// Quiet twin of ResponseHeaderCache: the refresher stamps the date into the new block before it publishes it.
using System;
using System.Text;
using Weft.Slots;

namespace Corpus.PublishedWrites.R14.ResponseHeaderCacheQuiet;

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

        Span<char> date = stackalloc char[DatePlaceholder.Length];
        if (now.ToUniversalTime().TryFormat(date, out int written, "R"))
        {
            Encoding.ASCII.GetBytes(date[..written], block.AsSpan(_dateOffset));
        }

        _slot.Publish(block);

        _refreshes++;
    }
}
