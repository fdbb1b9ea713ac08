// A CDN edge's asset manifest (path -> content hash) is built on main by a builder object and published to the
// workers through a Slot<Dictionary<string, string>>. The builder keeps the dictionary it built, so that assets
// uploaded late can be "added to the last manifest": after the publish, AddLate changes the published dictionary
// through the builder (WEFT0002: the page counts a write through an object of yours that holds the published object,
// a helper constructed with or keeping the data whose method then changes it; reported at the call). The quiet twin
// adds the late assets before the publish.
using System;
using System.Collections.Generic;
using System.Linq;
using Weft.Slots;

namespace Corpus.Calls.R14.ManifestBuilderDefect;

public sealed record Asset(string Path, string Hash, long Size);

public sealed class ManifestBuilder
{
    private Dictionary<string, string> _last = new(StringComparer.Ordinal);
    private long _totalBytes;

    public long TotalBytes => _totalBytes;

    public Dictionary<string, string> Build(IEnumerable<Asset> assets)
    {
        var manifest = new Dictionary<string, string>(StringComparer.Ordinal);
        _totalBytes = 0;
        foreach (var asset in assets.Where(a => a.Size > 0).OrderBy(a => a.Path, StringComparer.Ordinal))
        {
            manifest[Normalize(asset.Path)] = asset.Hash;
            _totalBytes += asset.Size;
        }

        _last = manifest;
        return manifest;
    }

    public int AddLate(IEnumerable<Asset> late)
    {
        int added = 0;
        foreach (var asset in late)
        {
            if (_last.TryAdd(Normalize(asset.Path), asset.Hash))
            {
                _totalBytes += asset.Size;
                added++;
            }
        }

        return added;
    }

    private static string Normalize(string path) => "/" + path.TrimStart('/').ToLowerInvariant();
}

public sealed class ManifestPublisher
{
    private readonly Slot<Dictionary<string, string>> _slot;
    private readonly ManifestBuilder _builder = new();

    public ManifestPublisher(Slot<Dictionary<string, string>> slot) => _slot = slot;

    public int Publish(IReadOnlyCollection<Asset> assets, IReadOnlyCollection<Asset> lateUploads)
    {
        var manifest = _builder.Build(assets);
        _slot.Publish(manifest);
        int late = _builder.AddLate(lateUploads); // expect: WEFT0002
        return manifest.Count + late;
    }
}
