namespace Attribution.Api.Ingestion.Parsing;

/// <summary>A parsed field of one row; which member holds the value depends on the field's <see cref="FieldType"/>.</summary>
internal struct FieldValue
{
    /// <summary>The member or cell was given (possibly null or empty).</summary>
    public bool Seen;

    /// <summary>A valid, non-empty value is held.</summary>
    public bool Present;

    /// <summary>The value was rejected (its error is already recorded).</summary>
    public bool Failed;

    public string? Text;
    public long Integer;
    public decimal Number;
    public DateTime Instant;
    public DateOnly Date;
    public bool Flag;
}
