// Quiet twin of AuditShipper: the worker copies its buffer and clears it before the hand-off; the pool lambda sends
// the copy (an array of immutable records) and touches nothing of the worker's.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;
using Weft;

namespace Corpus.WorkerState.R14.AuditShipperQuiet;

public sealed record AuditRecord(DateTimeOffset At, string Actor, string Action, string Target);

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class AuditBuffer
{
    public List<AuditRecord> Records { get; } = new();

    public void Append(string actor, string action, string target) =>
        Records.Add(new AuditRecord(DateTimeOffset.UtcNow, actor, action, target));

    [WorkerUpdate]
    public void Drop(string actor) => Records.RemoveAll(r => r.Actor == actor);
}

public sealed class AuditShipper
{
    private readonly HttpClient _http;
    private readonly Uri _endpoint;
    private List<AuditRecord>? _buffer;
    private int _shipped;

    public AuditShipper(HttpClient http, Uri endpoint)
    {
        _http = http;
        _endpoint = endpoint;
    }

    public int Shipped => _shipped;

    public void Bind() => _buffer = AuditBuffer.Current.Records;

    public Task ShipAsync()
    {
        if (_buffer is not { Count: > 0 })
        {
            return Task.CompletedTask;
        }

        var batch = _buffer.ToArray();
        _buffer.Clear();
        return Task.Run(async () =>
        {
            using var response = await _http.PostAsJsonAsync(_endpoint, batch);
            response.EnsureSuccessStatusCode();
            _shipped += batch.Length;
        });
    }
}
