namespace Attribution.Api.Ingestion.Parsing;

/// <summary>How an ingested field is validated and stored.</summary>
internal enum FieldType
{
    /// <summary>A trimmed string of at most <see cref="IngestField.MaxLength"/> characters.</summary>
    Text,

    /// <summary>One of the eleven channels of the default channel grouping.</summary>
    Channel,

    /// <summary>A US state code or DC, two upper-case letters.</summary>
    Region,

    /// <summary>An ISO 4217 code: three upper-case letters.</summary>
    Currency,

    /// <summary>An ISO 8601 timestamp with an offset (<c>Z</c> or <c>+hh:mm</c>), stored in UTC.</summary>
    Timestamp,

    /// <summary>A calendar date, <c>yyyy-MM-dd</c>.</summary>
    Date,

    /// <summary>A non-negative amount, rounded to cents (<c>numeric(14, 2)</c>).</summary>
    Money,

    /// <summary>A non-negative whole number up to <see cref="IngestField.Max"/>.</summary>
    Count,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,
}
