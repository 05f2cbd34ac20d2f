//! What a command can fail with. It reaches the UI as an [`ErrorReport`] `{code, field, message}`
//! so the UI branches on the code and words the message itself.

use erfaringsplan_engine::{EngineError, ErrorReport};
use serde::{Serialize, Serializer};

#[derive(Debug, thiserror::Error)]
pub enum CommandError {
    #[error(transparent)]
    Engine(#[from] EngineError),
}

impl From<&CommandError> for ErrorReport {
    fn from(err: &CommandError) -> Self {
        match err {
            CommandError::Engine(e) => e.into(),
        }
    }
}

impl Serialize for CommandError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        ErrorReport::from(self).serialize(serializer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_cross_ipc_as_code_field_message() {
        let err = CommandError::from(EngineError::Required {
            field: "name".into(),
        });
        let json = serde_json::to_value(&err).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "code": "field.required", "field": "name",
                "message": "name is required", "params": {}
            })
        );
    }
}

#[cfg(test)]
mod range_tests {
    use super::*;

    #[test]
    fn range_errors_carry_their_limits_for_the_ui() {
        let err = CommandError::from(EngineError::OutOfRange {
            field: "horizonYears".into(),
            min: "1".into(),
            max: "40".into(),
        });
        let json = serde_json::to_value(&err).unwrap();
        assert_eq!(json["code"], "field.out_of_range");
        assert_eq!(json["field"], "horizonYears");
        assert_eq!(json["params"], serde_json::json!({"min": "1", "max": "40"}));
    }
}
