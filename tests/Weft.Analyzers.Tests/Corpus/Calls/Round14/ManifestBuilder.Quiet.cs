// Quiet twin of ManifestBuilder: the late assets are added through the builder before the publish, so the builder
// changes a manifest no worker reads yet.
using System;
using System.Collections.Generic;
using System.Linq;
using Weft.Slots;

namespace Corpus.Calls.R14.ManifestBuilderQuiet;

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
        int late = _builder.AddLate(lateUploads);
        _slot.Publish(manifest);
        return manifest.Count + late;
    }
}
