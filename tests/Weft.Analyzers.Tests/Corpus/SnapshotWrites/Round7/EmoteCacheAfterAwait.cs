// Chat broker on a worker: an emote lookup reads the published emote table, awaits the CDN for a missing emote (a
// plain await: back on the worker) and then stores the URL into the table's dictionary — still the snapshot's.
// Twin: the URL goes into the worker's own cache.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.EmoteCacheAfterAwait;

[ThreadLocalSlot]
public sealed partial class EmoteTable
{
    public Dictionary<string, string> Urls { get; init; } = new(); // expect: WEFT0001
}

public interface IEmoteCdn
{
    Task<string> ResolveAsync(string code);
}

public sealed class EmoteResolver
{
    private readonly IEmoteCdn _cdn;
    private readonly Dictionary<string, string> _local = new();

    public EmoteResolver(IEmoteCdn cdn) => _cdn = cdn;

    public async Task<string> UrlAsync(string code)
    {
        EmoteTable table = EmoteTable.Current;
        if (table.Urls.TryGetValue(code, out string? url) || _local.TryGetValue(code, out url)) return url;
        url = await _cdn.ResolveAsync(code);
        table.Urls[code] = url; // expect: WEFT0003
        return url;
    }
}

public static class EmoteCodes
{
    public static bool IsCode(string text) => text.Length > 2 && text[0] == ':' && text[^1] == ':';

    public static string Strip(string code) => IsCode(code) ? code[1..^1] : code;
}
