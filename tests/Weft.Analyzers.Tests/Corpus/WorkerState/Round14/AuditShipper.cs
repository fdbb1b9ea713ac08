// An audit trail: each worker appends audit records to its own buffer (per-worker slot type). A shipper object binds
// to the worker's buffer in one method (kept in a field) and ships it from another, inside Task.Run so the HTTP post
// does not block the loop; after sending, it clears the buffer on the pool thread, racing the worker's appends
// (WEFT0004: worker state kept in a field set in another method of the type, used inside Task.Run; the page reports a
// variable once, at its first use off the loop). The quiet twin takes a copy and clears the buffer on the worker, and
// the pool lambda only sends the copy.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;
using Weft;

namespace Corpus.WorkerState.R14.AuditShipperDefect;

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

        return Task.Run(async () =>
        {
            var batch = _buffer.ToArray(); // expect: WEFT0004
            using var response = await _http.PostAsJsonAsync(_endpoint, batch);
            response.EnsureSuccessStatusCode();
            _buffer.Clear();
            _shipped += batch.Length;
        });
    }
}
